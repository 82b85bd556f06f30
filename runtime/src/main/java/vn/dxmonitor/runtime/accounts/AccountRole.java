package vn.dxmonitor.runtime.accounts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import vn.dxmonitor.runtime.access.Rank;

/**
 * What a signed-in person may do within the unit subtrees of the account: a leader reads; a
 * reporter also enters and submits its units' periodic figures; a verifier (the provincial office)
 * also accepts or returns them, and what it accepts is published; an operator also works the
 * alerts; an administrator also changes the catalog, the accounts and the rankings' freezes.
 */
public enum AccountRole {
  LEADER,
  REPORTER,
  VERIFIER,
  OPERATOR,
  ADMIN;

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static AccountRole of(String id) {
    return fromId(id)
        .orElseThrow(() -> new IllegalArgumentException("no account role '" + id + "'"));
  }

  public static Optional<AccountRole> fromId(String id) {
    return Arrays.stream(values())
        .filter(role -> id != null && role.id().equals(id.trim().toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  public Rank rank() {
    return switch (this) {
      case LEADER -> Rank.READER;
      case REPORTER -> Rank.REPORTER;
      case VERIFIER -> Rank.VERIFIER;
      case OPERATOR -> Rank.OPERATOR;
      case ADMIN -> Rank.ADMIN;
    };
  }
}
