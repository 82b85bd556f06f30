package vn.dxmonitor.alerting.notify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The task's notification groups, held in memory because every tick looks at all of them, and
 * written through to their store on every change so the store is what a restart starts from.
 */
final class Groups {

  private final Map<String, NotificationGroup> byKey = new LinkedHashMap<>();
  private final Consumer<NotificationGroup> persist;

  Groups(Iterable<NotificationGroup> stored, Consumer<NotificationGroup> persist) {
    this.persist = persist;
    for (NotificationGroup group : stored) {
      byKey.put(group.key(), group);
    }
  }

  static Groups in(KeyValueStore<String, NotificationGroup> store) {
    List<NotificationGroup> stored = new ArrayList<>();
    try (KeyValueIterator<String, NotificationGroup> all = store.all()) {
      while (all.hasNext()) {
        stored.add(all.next().value);
      }
    }
    return new Groups(stored, group -> store.put(group.key(), group));
  }

  Optional<NotificationGroup> get(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** A copy, so the caller may put groups while going through it. */
  List<NotificationGroup> all() {
    return List.copyOf(byKey.values());
  }

  void put(NotificationGroup group) {
    byKey.put(group.key(), group);
    persist.accept(group);
  }
}
