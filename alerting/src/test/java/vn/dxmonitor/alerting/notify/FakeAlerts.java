package vn.dxmonitor.alerting.notify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dxmonitor.model.alert.Alert;

/**
 * The alerts a test puts, as the engine would keep them: the latest version of each, and the active
 * ones in the order they became active.
 */
final class FakeAlerts implements AlertLookup {

  private final Map<String, Alert> latest = new LinkedHashMap<>();
  private final Map<String, Alert> active = new LinkedHashMap<>();

  FakeAlerts put(Alert... alerts) {
    for (Alert alert : alerts) {
      latest.put(alert.id(), alert);
      if (alert.state().isActive()) {
        active.put(alert.id(), alert);
      } else {
        active.remove(alert.id());
      }
    }
    return this;
  }

  void forget(String id) {
    latest.remove(id);
    active.remove(id);
  }

  @Override
  public Optional<Alert> find(String id) {
    return Optional.ofNullable(latest.get(id));
  }

  @Override
  public List<Alert> active() {
    return new ArrayList<>(active.values());
  }

  @Override
  public List<Alert> active(String unit, String indicator) {
    return active.values().stream()
        .filter(
            alert ->
                alert.where().unit().equals(unit) && alert.what().indicator().equals(indicator))
        .toList();
  }
}
