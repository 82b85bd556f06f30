package vn.dxmonitor.alerting.route;

import java.time.Duration;
import java.time.LocalTime;

/** Notification timing, checked; see {@link RoutingSettings} for what each setting does. */
public record Routing(
    Duration groupWait,
    Duration groupInterval,
    Duration repeatInterval,
    Duration escalateAfter,
    LocalTime digestAt) {

  public static final Duration GROUP_WAIT = Duration.ofSeconds(30);
  public static final Duration GROUP_INTERVAL = Duration.ofMinutes(5);
  public static final Duration REPEAT_INTERVAL = Duration.ofHours(12);
  public static final Duration ESCALATE_AFTER = Duration.ofHours(4);
  public static final LocalTime DIGEST_AT = LocalTime.of(7, 30);

  public static Routing defaults() {
    return new Routing(GROUP_WAIT, GROUP_INTERVAL, REPEAT_INTERVAL, ESCALATE_AFTER, DIGEST_AT);
  }
}
