package vn.dxmonitor.alerting.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.value.ValueKey;

/** A task's pending and firing alerts in memory, by id and by unit and indicator. */
final class ActiveAlerts {

  private final Map<String, Alert> byId = new LinkedHashMap<>();
  private final Map<String, Map<String, Alert>> byValueKey = new HashMap<>();

  /** Keeps the alert if it is active, forgets it if it is not. */
  void update(Alert alert) {
    String valueKey = ValueKey.of(alert.where().unit(), alert.what().indicator());
    if (alert.state().isActive()) {
      byId.put(alert.id(), alert);
      byValueKey.computeIfAbsent(valueKey, key -> new LinkedHashMap<>()).put(alert.id(), alert);
    } else if (byId.remove(alert.id()) != null) {
      Map<String, Alert> same = byValueKey.get(valueKey);
      same.remove(alert.id());
      if (same.isEmpty()) {
        byValueKey.remove(valueKey);
      }
    }
  }

  /** A copy, so the caller may update alerts while going through it. */
  List<Alert> all() {
    return new ArrayList<>(byId.values());
  }

  List<Alert> of(String valueKey) {
    Map<String, Alert> same = byValueKey.get(valueKey);
    return same == null ? List.of() : new ArrayList<>(same.values());
  }
}
