package vn.dxmonitor.runtime.catalog.topic;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.dxmonitor.model.unit.Succession;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.unit.UnitVersion;

/**
 * The unit versions and successions read from {@code dx.catalog}, and the {@link UnitHistory} made
 * of them: rebuilt on the first read after a change, lock-free while nothing changes, since the
 * processor reads it on every event.
 */
final class UnitRecords {

  // In level and code order, so that every instance lists a unit's children alike.
  private static final Comparator<UnitVersion> ORDER =
      Comparator.comparing((UnitVersion v) -> v.unit().level()).thenComparing(v -> v.unit().code());

  private final Map<String, UnitVersion> versions = new ConcurrentHashMap<>();
  private final Map<String, Succession> successions = new ConcurrentHashMap<>();
  private volatile boolean changed = true;
  private volatile UnitHistory history;

  void putVersion(String key, UnitVersion version) {
    CatalogMaps.put(versions, key, version);
    changed = true;
  }

  void putSuccession(String key, Succession succession) {
    CatalogMaps.put(successions, key, succession);
    changed = true;
  }

  UnitHistory history() {
    UnitHistory current = history;
    return changed || current == null ? rebuild() : current;
  }

  private synchronized UnitHistory rebuild() {
    if (changed || history == null) {
      changed = false;
      List<UnitVersion> ordered = versions.values().stream().sorted(ORDER).toList();
      history = new UnitHistory(ordered, List.copyOf(successions.values()));
    }
    return history;
  }

  boolean isEmpty() {
    return versions.isEmpty();
  }

  int versionCount() {
    return versions.size();
  }

  int successionCount() {
    return successions.size();
  }
}
