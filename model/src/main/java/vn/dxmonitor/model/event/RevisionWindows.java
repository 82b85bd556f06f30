package vn.dxmonitor.model.event;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.catalog.IndicatorKind;

/**
 * The one rule of lateness (DESIGN.md, late data): how long after it happened an event may still be
 * sent, revised or retracted. Ingest applies it before answering and the processor again for what
 * reached Kafka by other ways, both against the time the event was <em>accepted</em>, never the
 * time it is processed — so a reprocess at any later date judges every event exactly as it was
 * judged the first time.
 *
 * <p>Live counts (ratio-of-counts, counter) keep a short window. Reported statistics (measurement,
 * coverage) are sent weeks or months after their period closes, so their window follows the
 * indicator's reporting cadence: a monthly figure for two months, a quarterly one for 120 days, a
 * yearly one for 400 days (the seed plans' annual figures are reported in the first quarter of the
 * next year, and revised into its second). An indicator of the catalog may set its own window.
 *
 * @param live ratio-of-counts and counter events
 * @param monthly a statistic reported monthly or more often
 * @param quarterly a statistic reported every quarter
 * @param halfYearly a statistic reported every half year
 * @param yearly a statistic reported yearly
 */
public record RevisionWindows(
    Duration live, Duration monthly, Duration quarterly, Duration halfYearly, Duration yearly) {

  public static final RevisionWindows DEFAULTS =
      new RevisionWindows(
          Duration.ofDays(7),
          Duration.ofDays(60),
          Duration.ofDays(120),
          Duration.ofDays(200),
          Duration.ofDays(400));

  public RevisionWindows {
    for (Duration window : new Duration[] {live, monthly, quarterly, halfYearly, yearly}) {
      Objects.requireNonNull(window, "revision window");
      if (window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("a revision window must be positive, but was " + window);
      }
    }
  }

  /** The window of an indicator: its own when the catalog sets one, else its kind's default. */
  public Duration of(Indicator indicator) {
    if (indicator.revisionWindow() != null) {
      return indicator.revisionWindow();
    }
    if (indicator.kind() == IndicatorKind.RATIO_OF_COUNTS
        || indicator.kind() == IndicatorKind.COUNTER) {
      return live;
    }
    Period cadence = indicator.cadence();
    long months = cadence.toTotalMonths() + (cadence.getDays() >= 28 ? 1 : 0);
    if (months <= 1) {
      return monthly;
    }
    if (months <= 3) {
      return quarterly;
    }
    return months <= 6 ? halfYearly : yearly;
  }

  /**
   * The last instant at which an event of {@code indicator} that happened at {@code occurredAt} may
   * be accepted.
   */
  public Instant deadline(Indicator indicator, Instant occurredAt) {
    return occurredAt.plus(of(indicator));
  }

  /** The longest window of any indicator that does not set its own. */
  public Duration longest() {
    Duration longest = live;
    for (Duration window : new Duration[] {monthly, quarterly, halfYearly, yearly}) {
      if (window.compareTo(longest) > 0) {
        longest = window;
      }
    }
    return longest;
  }

  /**
   * The violation of an event of {@code indicator} that happened at {@code occurredAt} and was
   * accepted at {@code acceptedAt}, when that was after its window closed.
   */
  public Optional<Violation> check(Indicator indicator, Instant occurredAt, Instant acceptedAt) {
    Instant deadline = deadline(indicator, occurredAt);
    if (!acceptedAt.isAfter(deadline)) {
      return Optional.empty();
    }
    return Optional.of(
        ViolationCode.TOO_LATE.at(
            "occurredAt",
            occurredAt,
            indicator.id(),
            describe(of(indicator)),
            deadline,
            acceptedAt));
  }

  private static String describe(Duration window) {
    long days = window.toDays();
    return window.equals(Duration.ofDays(days)) ? days + " days" : window.toString();
  }
}
