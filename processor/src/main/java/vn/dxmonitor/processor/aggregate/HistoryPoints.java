package vn.dxmonitor.processor.aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.time.CalendarStarts;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.value.HistoryPoint;
import vn.dxmonitor.model.value.ValueKey;
import vn.dxmonitor.processor.window.Counts;

/**
 * The daily points a late event corrects: the days from its own to yesterday, computed again from
 * the daily counts (ratio, counter) or the reports (a measurement's own). A ratio's point carries
 * its month, quarter and year counts up to its day, so a calendar-window scorecard scores the day.
 * Figures rolled up from descendants and coverages keep no daily detail: their points are the
 * values as they closed each day (see {@link OpenDay}).
 */
final class HistoryPoints {

  private final CatalogSource catalog;

  HistoryPoints(CatalogSource catalog) {
    this.catalog = catalog;
  }

  /** The points of the days {@code from} to {@code to}, both included. */
  List<HistoryPoint> between(
      ValueKey valueKey, ValueState state, Indicator indicator, LocalDate from, LocalDate to) {
    List<HistoryPoint> points = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      HistoryPoint point = point(valueKey, state, indicator, day);
      if (point != null) {
        points.add(point);
      }
    }
    return points;
  }

  private HistoryPoint point(ValueKey key, ValueState state, Indicator indicator, LocalDate day) {
    switch (indicator.kind()) {
      case RATIO_OF_COUNTS -> {
        Counts window = state.counts().window(day, indicator.windowDays());
        return new HistoryPoint(
            key.unit(),
            key.indicator(),
            day,
            window.percent(),
            window.numerator(),
            window.denominator(),
            calendar(state, day));
      }
      case COUNTER -> {
        long count = state.counts().between(periodStart(key, day), day).numerator();
        return point(key, day, (double) count, count, 0);
      }
      case MEASUREMENT -> {
        Instant endOfDay = day.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant();
        Double value = state.own().asOf(endOfDay.minusNanos(1));
        return value == null ? null : point(key, day, value, 0, 0);
      }
      default -> {
        return null;
      }
    }
  }

  /** The counts of the day's month, quarter and year as they stood at its end: no later day's. */
  private static HistoryPoint.CalendarCounts calendar(ValueState state, LocalDate day) {
    Counts month = state.counts().between(CalendarStarts.month(day), day);
    Counts quarter = state.counts().between(CalendarStarts.quarter(day), day);
    Counts year = state.counts().between(CalendarStarts.year(day), day);
    return new HistoryPoint.CalendarCounts(
        month.numerator(),
        month.denominator(),
        quarter.numerator(),
        quarter.denominator(),
        year.numerator(),
        year.denominator());
  }

  private LocalDate periodStart(ValueKey key, LocalDate day) {
    return catalog
        .units()
        .latest(key.unit())
        .flatMap(
            unit -> {
              Catalog inForce = catalog.catalogOn(day);
              return GoverningPlan.start(
                  inForce,
                  GoverningPlan.target(inForce, catalog.units(), unit, key.indicator(), day));
            })
        .orElse(LocalDate.MIN);
  }

  private static HistoryPoint point(
      ValueKey key, LocalDate day, Double value, long numerator, long denominator) {
    return new HistoryPoint(key.unit(), key.indicator(), day, value, numerator, denominator);
  }
}
