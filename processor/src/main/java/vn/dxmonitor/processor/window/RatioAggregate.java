package vn.dxmonitor.processor.window;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.trajectory.Baseline;

/**
 * The rolling state of one ratio-of-counts value: daily counts for the trailing window (plus a
 * margin for late events), yearly counts for year-to-date, and the baseline — the first value seen.
 * Immutable: {@link #add} returns a new aggregate, so a state store never holds half an update.
 */
public record RatioAggregate(
    List<DayCounts> days,
    List<YearCounts> years,
    Baseline baseline,
    Instant lastEventAt,
    long events) {

  public RatioAggregate {
    days = List.copyOf(days);
    years = List.copyOf(years);
  }

  public static RatioAggregate empty() {
    return new RatioAggregate(List.of(), List.of(), null, null, 0);
  }

  /**
   * Adds one event's counts. Days older than {@code keepFrom} are dropped: they can no longer fall
   * in the trailing window.
   */
  public RatioAggregate add(
      Instant occurredAt,
      long numerator,
      long denominator,
      LocalDate keepFrom,
      int windowDays,
      LocalDate today) {
    LocalDate day = VietnamTime.dateOf(occurredAt);
    List<DayCounts> newDays = new ArrayList<>(days.size() + 1);
    boolean merged = false;
    for (DayCounts counts : days) {
      if (counts.day().isBefore(keepFrom)) {
        continue;
      }
      if (counts.day().equals(day)) {
        newDays.add(counts.plus(numerator, denominator));
        merged = true;
      } else {
        newDays.add(counts);
      }
    }
    if (!merged && !day.isBefore(keepFrom)) {
      newDays.add(new DayCounts(day, numerator, denominator));
    }
    newDays.sort(Comparator.comparing(DayCounts::day));

    List<YearCounts> newYears = new ArrayList<>(years.size() + 1);
    boolean yearMerged = false;
    for (YearCounts counts : years) {
      if (counts.year() == day.getYear()) {
        newYears.add(counts.plus(numerator, denominator));
        yearMerged = true;
      } else {
        newYears.add(counts);
      }
    }
    if (!yearMerged) {
      newYears.add(new YearCounts(day.getYear(), numerator, denominator));
      newYears.sort(Comparator.comparingInt(YearCounts::year));
    }
    Instant last =
        lastEventAt == null || occurredAt.isAfter(lastEventAt) ? occurredAt : lastEventAt;
    RatioAggregate next = new RatioAggregate(newDays, newYears, baseline, last, events + 1);
    if (baseline == null) {
      DayCounts window = next.window(today, windowDays);
      if (window.denominator() > 0) {
        return next.withBaseline(new Baseline(today, Ratios.percent(window)));
      }
    }
    return next;
  }

  /** Counts over the {@code windowDays} days ending with {@code today}, today included. */
  public DayCounts window(LocalDate today, int windowDays) {
    LocalDate from = today.minusDays(windowDays - 1L);
    long numerator = 0;
    long denominator = 0;
    for (DayCounts counts : days) {
      if (!counts.day().isBefore(from) && !counts.day().isAfter(today)) {
        numerator += counts.numerator();
        denominator += counts.denominator();
      }
    }
    return new DayCounts(today, numerator, denominator);
  }

  public YearCounts year(int year) {
    return years.stream()
        .filter(counts -> counts.year() == year)
        .findFirst()
        .orElse(new YearCounts(year, 0, 0));
  }

  private RatioAggregate withBaseline(Baseline first) {
    return new RatioAggregate(days, years, first, lastEventAt, events);
  }
}
