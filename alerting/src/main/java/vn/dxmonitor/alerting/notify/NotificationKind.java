package vn.dxmonitor.alerting.notify;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Why a notification was sent. */
public enum NotificationKind {
  /** Alerts of a group started firing, or resolved after firing. */
  ALERTS,
  /** A group's firing alerts, still unacknowledged after the repeat interval. */
  REPEAT,
  /** Firing alerts nobody acknowledged in time, sent to the receivers one level up. */
  ESCALATION,
  /** A receiver's daily summary of its firing alerts. */
  DIGEST,
  /** A figure a unit reports itself comes due soon: told to the unit's reporters themselves. */
  REMINDER;

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static NotificationKind of(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
