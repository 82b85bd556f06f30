package vn.dxmonitor.alerting.notify;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import vn.dxmonitor.alerting.route.Receiver;
import vn.dxmonitor.alerting.route.Routes;
import vn.dxmonitor.alerting.route.Routing;

/** Receivers and notification timing for the notification policies' tests. */
final class RouteFixtures {

  static final Duration GROUP_WAIT = Duration.ofSeconds(30);
  static final Duration GROUP_INTERVAL = Duration.ofMinutes(5);
  static final Duration REPEAT_INTERVAL = Duration.ofHours(1);
  static final Duration ESCALATE_AFTER = Duration.ofHours(2);

  /** 07:30 in Vietnam, which is 00:30 UTC. */
  static final LocalTime DIGEST_AT = LocalTime.of(7, 30);

  static final Routing ROUTING =
      new Routing(GROUP_WAIT, GROUP_INTERVAL, REPEAT_INTERVAL, ESCALATE_AFTER, DIGEST_AT);

  private RouteFixtures() {}

  static Routes routes(Receiver... receivers) {
    return new Routes(ROUTING, List.of(receivers));
  }

  static Receiver receiver(String id, String unit) {
    return new Receiver(id, unit, "Người nhận " + id, null, List.of(id + "@example.org"));
  }
}
