package vn.dxmonitor.runtime.catalog.topic;

import java.util.Map;

/** A record of a compacted topic applied to its map: a tombstone (null) removes the key. */
final class CatalogMaps {

  private CatalogMaps() {}

  static <T> void put(Map<String, T> map, String key, T value) {
    if (value == null) {
      map.remove(key);
    } else {
      map.put(key, value);
    }
  }
}
