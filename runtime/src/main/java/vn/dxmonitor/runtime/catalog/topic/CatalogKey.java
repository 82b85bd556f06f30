package vn.dxmonitor.runtime.catalog.topic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * Keys of the compacted {@code dx.catalog} topic: one record per catalog entry, so compaction keeps
 * the latest version of each and a tombstone removes it. The kind comes first, so a reader knows
 * how to read the value without looking at it. A plan keeps one key per version and the audit trail
 * one per change, so compaction never drops history.
 */
public final class CatalogKey {

  static final String UNIT = "unit";
  static final String SUCCESSION = "succession";
  static final String INDICATOR = "indicator";
  static final String PLAN = "plan";
  static final String SCORECARD = "scorecard";
  static final String AUDIT = "audit";
  static final String API_KEY = "key";
  static final String ACCOUNT = "account";
  static final String ALERTING = "alerting";
  private static final char SEPARATOR = '|';

  private CatalogKey() {}

  /** A unit version: code and the first day it is valid ({@code -} when open-ended). */
  public static String unit(String code, LocalDate validFrom) {
    return UNIT + SEPARATOR + code + SEPARATOR + (validFrom == null ? "-" : validFrom.toString());
  }

  public static String succession(String oldCode, String newCode) {
    return SUCCESSION + SEPARATOR + oldCode + SEPARATOR + newCode;
  }

  public static String indicator(String id) {
    return INDICATOR + SEPARATOR + id;
  }

  public static String plan(String id, int version) {
    return PLAN + SEPARATOR + id + SEPARATOR + String.format(Locale.ROOT, "%06d", version);
  }

  /** A scorecard's version, numbered like a plan's so that the versions read in order. */
  public static String scorecard(String id, int version) {
    return SCORECARD + SEPARATOR + id + SEPARATOR + String.format(Locale.ROOT, "%06d", version);
  }

  /** An API key, by its id (never by the key or its digest). */
  public static String apiKey(String id) {
    return API_KEY + SEPARATOR + id;
  }

  /** A dashboard account, by its sign-in name. */
  public static String account(String name) {
    return ACCOUNT + SEPARATOR + name;
  }

  /**
   * An entry of the alerting service's configuration (rules, receivers, a silence), kept here so
   * that every instance agrees on it; the catalog stores it as it is, without reading it.
   */
  public static String alerting(String name) {
    return ALERTING + SEPARATOR + name;
  }

  /** An audit entry: the time first, so the trail reads in order. */
  public static String audit(Instant at) {
    return AUDIT + SEPARATOR + at + SEPARATOR + UUID.randomUUID();
  }

  static String kind(String key) {
    int at = key.indexOf(SEPARATOR);
    return at < 0 ? key : key.substring(0, at);
  }
}
