package vn.dxmonitor.alerting.route;

import java.util.List;

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
}
