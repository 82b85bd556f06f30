package vn.dxmonitor.processor.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.catalog.BuiltInCatalog;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.value.HistoryPoint;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.model.value.PeriodCounts;
import vn.dxmonitor.processor.support.TopologyHarness;

/**
 * A ratio's counts from the first of the month, the quarter and the year, in its value and in its
 * history points: each period starts afresh on its first day, and a past day's point counts that
 * day and the ones before it in its periods, never a later day.
 */
class CalendarCountsTopologyTest {

  private static final String QUY_NHON = "21583";
  private static final String RECORDS = BuiltInCatalog.WORK_RECORDS_ONLINE;

  @Test
  void theMonthStartsAfreshOnTheFirstAndTheQuarterOnTheFirstOfApril() {
    // 27 February, 10:00 in Vietnam
    try (TopologyHarness topology = topology(Instant.parse("2026-02-27T03:00:00Z"))) {
      topology.send(ratio("feb", topology.clock().instant(), 1, 1));
      topology.advance(Duration.ofDays(31)); // 30 March
      topology.send(ratio("mar", topology.clock().instant(), 1, 2));

      IndicatorValue.YearToDate march = topology.value(QUY_NHON, RECORDS).yearToDate();
      assertThat(march.monthToDate()).isEqualTo(new PeriodCounts(date(2026, 3, 1), 1, 2));
      assertThat(march.quarterToDate()).isEqualTo(new PeriodCounts(date(2026, 1, 1), 2, 3));
      assertThat(march.numeratorYtd()).isEqualTo(2);
      assertThat(march.denominatorYtd()).isEqualTo(3);

      topology.advance(Duration.ofDays(2)); // 1 April, before the unit's first event of April
      IndicatorValue.YearToDate firstOfApril = topology.value(QUY_NHON, RECORDS).yearToDate();
      assertThat(firstOfApril.monthToDate()).isEqualTo(new PeriodCounts(date(2026, 4, 1), 0, 0));
      assertThat(firstOfApril.quarterToDate()).isEqualTo(new PeriodCounts(date(2026, 4, 1), 0, 0));

      topology.send(ratio("apr", topology.clock().instant(), 3, 4));
      IndicatorValue.YearToDate april = topology.value(QUY_NHON, RECORDS).yearToDate();
      assertThat(april.monthToDate()).isEqualTo(new PeriodCounts(date(2026, 4, 1), 3, 4));
      assertThat(april.quarterToDate()).isEqualTo(new PeriodCounts(date(2026, 4, 1), 3, 4));
      assertThat(april.numeratorYtd()).isEqualTo(5);
      assertThat(april.denominatorYtd()).isEqualTo(7);
    }
  }

  @Test
  void aPastDaysPointCountsItsPeriodsUpToItselfAndNoLaterDay() {
    // 31 March, 10:00 in Vietnam
    try (TopologyHarness topology = topology(Instant.parse("2026-03-31T03:00:00Z"))) {
      topology.send(ratio("mar31", topology.clock().instant(), 3, 4));
      topology.publish();
      topology.advance(Duration.ofDays(30)); // 30 April
      topology.send(ratio("apr30", topology.clock().instant(), 5, 5));
      topology.publish();
      topology.advance(Duration.ofDays(1)); // 1 May
      Instant may1 = topology.clock().instant();
      topology.send(ratio("may1", may1, 1, 2));
      topology.publish();
      topology.advance(Duration.ofDays(1)); // 2 May
      topology.send(ratio("may2", topology.clock().instant(), 2, 2));
      topology.publish();
      topology.advance(Duration.ofDays(1)); // 3 May: 2 May closes

      // Each day closed with the counts published on it

      Map<LocalDate, HistoryPoint> closed = points(topology.newPoints());
      assertThat(closed.get(date(2026, 5, 1)).calendar())
          .isEqualTo(new HistoryPoint.CalendarCounts(1, 2, 6, 7, 9, 11));
      assertThat(closed.get(date(2026, 5, 2)).calendar())
          .isEqualTo(new HistoryPoint.CalendarCounts(3, 4, 8, 9, 11, 13));

      // A late event for 1 May: the points of 1 and 2 May are computed again from the days
      topology.send(ratio("may1-late", may1.plus(Duration.ofHours(1)), 0, 1));
      topology.advance(TopologyHarness.STATUS_INTERVAL);

      Map<LocalDate, HistoryPoint> corrected = points(topology.newPoints());
      assertThat(corrected.keySet()).containsExactlyInAnyOrder(date(2026, 5, 1), date(2026, 5, 2));
      // 1 May: its own 1/3, not 2 May's 2/2 on top
      assertThat(corrected.get(date(2026, 5, 1)).calendar())
          .isEqualTo(new HistoryPoint.CalendarCounts(1, 3, 6, 8, 9, 12));
      assertThat(corrected.get(date(2026, 5, 2)).calendar())
          .isEqualTo(new HistoryPoint.CalendarCounts(3, 5, 8, 10, 11, 14));
    }
  }

  private static TopologyHarness topology(Instant now) {
    return new TopologyHarness(
        BuiltInCatalog.create(), UnitHistory.timeless(BuiltInUnits.giaLai()), now);
  }

  private static MetricEvent ratio(String id, Instant at, long numerator, long denominator) {
    return MetricEvent.ratio(id, "e-office", QUY_NHON, RECORDS, at, numerator, denominator);
  }

  /** The unit's points by day, the last of each day. */
  private static Map<LocalDate, HistoryPoint> points(List<HistoryPoint> points) {
    return points.stream()
        .filter(point -> point.unit().equals(QUY_NHON) && point.indicator().equals(RECORDS))
        .collect(Collectors.toMap(HistoryPoint::day, Function.identity(), (first, last) -> last));
  }

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }
}
