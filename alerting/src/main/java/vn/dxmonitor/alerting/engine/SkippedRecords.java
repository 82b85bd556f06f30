package vn.dxmonitor.alerting.engine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The records the alerting engine passes over. Skipping keeps one bad record from stopping every
 * province's alerts, but never without a trace: each is counted in {@code
 * dx.alerting.streams.skipped}, tagged with why, and logged with where it was and why. An
 * unreadable record is logged once, as every one is a record of its own; the values of a unit the
 * registry does not know are logged once per unit, since such a unit keeps sending and a line per
 * value would bury everything else.
 */
public final class SkippedRecords {

  /** Not JSON of the type the topic carries. */
  public static final String UNREADABLE = "unreadable";

  /** A value of a unit that is not in today's unit registry, so it lies in no province. */
  public static final String UNKNOWN_UNIT = "unknown-unit";

  /** A value that names no unit. */
  public static final String NO_UNIT = "no-unit";

  /** The Kafka Streams setting that hands this to {@link UnreadableRecords}. */
  static final String CONFIG = "dx.alerting.skipped-records";

  private static final Logger log = LoggerFactory.getLogger(SkippedRecords.class);

  /** Units logged about; forgotten when this many, so they are logged again, once each. */
  private static final int REMEMBERED = 10_000;

  private final Map<String, Counter> counters = new ConcurrentHashMap<>();
  private final Set<String> loggedUnits = ConcurrentHashMap.newKeySet();

  public SkippedRecords(MeterRegistry meters) {
    // Registered at start, so a rate reads zero rather than nothing before the first skip.
    for (String reason : Set.of(UNREADABLE, UNKNOWN_UNIT, NO_UNIT)) {
      counters.put(
          reason,
          Counter.builder("dx.alerting.streams.skipped")
              .description("Records the alerting engine skipped, by why")
              .tag("reason", reason)
              .register(meters));
    }
  }

  /**
   * @param where the record's topic, partition and offset, as {@code topic-partition@offset}
   * @param why what was wrong with it
   */
  void unreadable(String where, String why) {
    counters.get(UNREADABLE).increment();
    log.warn("Skipped a record of {} ({}): {}", where, UNREADABLE, why);
  }

  void unknownUnit(String where, String unit) {
    counters.get(UNKNOWN_UNIT).increment();
    if (firstAbout(unit)) {
      log.warn(
          "Skipped a record of {} ({}): unit {} is not in today's unit registry; its further"
              + " values are counted, not logged",
          where,
          UNKNOWN_UNIT,
          unit);
    }
  }

  void noUnit(String where) {
    counters.get(NO_UNIT).increment();
    log.warn("Skipped a record of {} ({}): the value names no unit", where, NO_UNIT);
  }

  private boolean firstAbout(String unit) {
    if (loggedUnits.size() >= REMEMBERED) {
      loggedUnits.clear();
    }
    return loggedUnits.add(unit);
  }
}
