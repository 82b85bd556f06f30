package vn.dxmonitor.runtime.catalog.topic;

import java.time.LocalDate;

/**
 * Keys of the compacted {@code dx.catalog} topic: one record per catalog entry, so compaction keeps
 * the latest version of each and a tombstone removes it. The kind comes first, so a reader knows
 * how to read the value without looking at it.
 */
public final class CatalogKey {

  static final String UNIT = "unit";
  static final String SUCCESSION = "succession";
  private static final char SEPARATOR = '|';

  private CatalogKey() {}

  /** A unit version: code and the first day it is valid ({@code -} when open-ended). */
  public static String unit(String code, LocalDate validFrom) {
    return UNIT + SEPARATOR + code + SEPARATOR + (validFrom == null ? "-" : validFrom.toString());
  }

  public static String succession(String oldCode, String newCode) {
    return SUCCESSION + SEPARATOR + oldCode + SEPARATOR + newCode;
  }

  static String kind(String key) {
    int at = key.indexOf(SEPARATOR);
    return at < 0 ? key : key.substring(0, at);
  }
}
