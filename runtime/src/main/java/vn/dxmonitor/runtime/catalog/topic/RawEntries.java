package vn.dxmonitor.runtime.catalog.topic;

import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Entries other packages read in their own terms (API keys, alerting configuration): kept as
 * written, with a version per kind that grows on every change, so a reader caches what it parsed.
 */
final class RawEntries {

  private final Map<String, NavigableMap<String, byte[]>> byKind = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> versions = new ConcurrentHashMap<>();

  NavigableMap<String, byte[]> of(String kind) {
    return byKind.computeIfAbsent(kind, k -> new ConcurrentSkipListMap<>());
  }

  long version(String kind) {
    return versions.computeIfAbsent(kind, k -> new AtomicLong()).get();
  }

  /** Applies the record of {@code key} ({@code kind|name}); a null value removes the entry. */
  void put(String kind, String key, byte[] value) {
    CatalogMaps.put(of(kind), key.substring(kind.length() + 1), value);
    versions.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
  }
}
