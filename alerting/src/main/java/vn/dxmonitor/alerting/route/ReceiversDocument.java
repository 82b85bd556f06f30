package vn.dxmonitor.alerting.route;

import java.util.List;
import java.util.Objects;

/** The receivers and routing settings: what {@code GET /api/v1/receivers} answers and PUT takes. */
public record ReceiversDocument(RoutingSettings routing, List<Receiver> receivers) {

  public ReceiversDocument {
    routing = routing == null ? new RoutingSettings(null, null, null, null, null) : routing;
    receivers = receivers == null ? List.of() : List.copyOf(receivers);
  }

  public static ReceiversDocument empty() {
    return new ReceiversDocument(null, List.of());
  }

  public ReceiversDocument hidden() {
    return new ReceiversDocument(routing, receivers.stream().map(Receiver::hidden).toList());
  }

  /**
   * As the audit trail keeps it: every webhook secret replaced by whether it is new, changed or
   * unchanged against the receiver of the same id in {@code before}. The trail is read by more
   * people, for longer, than the secrets may be.
   */
  public ReceiversDocument audited(ReceiversDocument before) {
    return new ReceiversDocument(
        routing,
        receivers.stream().map(receiver -> receiver.audited(earlier(before, receiver))).toList());
  }

  private static Receiver earlier(ReceiversDocument before, Receiver receiver) {
    return before.receivers().stream()
        .filter(old -> old != null && Objects.equals(old.id(), receiver.id()))
        .findFirst()
        .orElse(null);
  }
}
