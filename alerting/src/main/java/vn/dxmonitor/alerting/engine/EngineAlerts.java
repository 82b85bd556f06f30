package vn.dxmonitor.alerting.engine;

import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.state.KeyValueStore;
import vn.dxmonitor.alerting.notify.AlertLookup;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.value.ValueKey;

/**
 * The engine's alerts as the notifier reads them: every alert from the store, the active ones from
 * memory.
 */
record EngineAlerts(KeyValueStore<String, Alert> store, ActiveAlerts inMemory)
    implements AlertLookup {

  @Override
  public Optional<Alert> find(String id) {
    return Optional.ofNullable(store.get(id));
  }

  @Override
  public List<Alert> active() {
    return inMemory.all();
  }

  @Override
  public List<Alert> active(String unit, String indicator) {
    return inMemory.of(ValueKey.of(unit, indicator));
  }
}
