package vn.dxmonitor.alerting.notify;

import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Where the notifier keeps what it has told, in the task's state stores, so that a restart neither
 * forgets a notice nor sends it twice.
 *
 * @param groups each notification group by its key
 * @param digests the day, as {@code yyyy-MM-dd}, each receiver last got its digest
 */
public record NotificationStores(
    KeyValueStore<String, NotificationGroup> groups, KeyValueStore<String, String> digests) {}
