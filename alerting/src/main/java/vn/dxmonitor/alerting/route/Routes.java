package vn.dxmonitor.alerting.route;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The receivers by unit, for finding where an alert goes by walking up its unit's path. */
public final class Routes {

  private final Routing routing;
  private final Map<String, List<Receiver>> byUnit = new LinkedHashMap<>();
  private final Map<String, Receiver> byId = new LinkedHashMap<>();

  public Routes(Routing routing, List<Receiver> receivers) {
    this.routing = routing;
    for (Receiver receiver : receivers) {
      byUnit.computeIfAbsent(receiver.unit(), unit -> new java.util.ArrayList<>()).add(receiver);
      byId.put(receiver.id(), receiver);
    }
  }

  public static Routes none() {
    return new Routes(Routing.defaults(), List.of());
  }

  public Routing routing() {
    return routing;
  }

  public Optional<Receiver> receiver(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The nearest receivers up a path, starting at its first unit.
   *
   * @param path a unit followed by its ancestors, nearest first
   */
  public Optional<Route> of(List<String> path) {
    return from(path, 0);
  }

  /** The receivers {@code levels} routes above the nearest one, or the highest there is. */
  public Optional<Route> above(List<String> path, int levels) {
    Optional<Route> route = of(path);
    for (int level = 0; level < levels && route.isPresent(); level++) {
      Optional<Route> next = from(path, path.indexOf(route.get().unit()) + 1);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      route = next;
    }
    return route;
  }

  private Optional<Route> from(List<String> path, int start) {
    for (int i = start; i < path.size(); i++) {
      List<Receiver> receivers = byUnit.get(path.get(i));
      if (receivers != null) {
        return Optional.of(new Route(path.get(i), List.copyOf(receivers)));
      }
    }
    return Optional.empty();
  }
}
