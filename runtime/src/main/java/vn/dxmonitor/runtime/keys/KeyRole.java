package vn.dxmonitor.runtime.keys;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import vn.dxmonitor.runtime.access.Rank;

/**
 * What a key is for: reporting events from one source system, working the alerts of a unit subtree,
 * or administering the platform.
 */
public enum KeyRole {
  SOURCE,
  OPERATOR,
  ADMIN;

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A source system's key reads what it reports on, as a leader does. */
  public Rank rank() {
    return switch (this) {
      case SOURCE -> Rank.READER;
      case OPERATOR -> Rank.OPERATOR;
      case ADMIN -> Rank.ADMIN;
    };
  }

  @JsonCreator
  public static KeyRole of(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
