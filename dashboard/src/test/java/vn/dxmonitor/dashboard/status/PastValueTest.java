package vn.dxmonitor.dashboard.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.value.HistoryPoint;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.model.value.PeriodCounts;

/** A past day's value carries the calendar counts its history point kept, and only those. */
class PastValueTest {

  private static final LocalDate DAY = LocalDate.of(2026, 5, 14);

  @Test
  void aPointsCalendarCountsBecomeTheDaysMonthQuarterAndYearToDate() {
    HistoryPoint point =
        new HistoryPoint(
            "21583",
            "dossiers-on-time",
            DAY,
            75.0,
            30,
            40,
            new HistoryPoint.CalendarCounts(9, 12, 45, 50, 300, 500));

    IndicatorValue.YearToDate toDate = PastValue.of(point, null).yearToDate();

    assertThat(toDate.year()).isEqualTo(2026);
    assertThat(toDate.numeratorYtd()).isEqualTo(300);
    assertThat(toDate.denominatorYtd()).isEqualTo(500);
    assertThat(toDate.valueYtd()).isEqualTo(60.0);
    assertThat(toDate.monthToDate()).isEqualTo(new PeriodCounts(LocalDate.of(2026, 5, 1), 9, 12));
    assertThat(toDate.quarterToDate())
        .isEqualTo(new PeriodCounts(LocalDate.of(2026, 4, 1), 45, 50));
    assertThat(toDate.keepsCalendarCounts()).isTrue();
  }

  @Test
  void aPointWrittenBeforeCalendarCountsGivesTheYearAloneAndSaysSo() {
    HistoryPoint point = new HistoryPoint("21583", "dossiers-on-time", DAY, 75.0, 30, 40);

    IndicatorValue.YearToDate toDate = PastValue.of(point, null).yearToDate();

    assertThat(toDate).isEqualTo(new IndicatorValue.YearToDate(2026, 0, 0, null));
    assertThat(toDate.monthToDate()).isEqualTo(PeriodCounts.NONE);
    assertThat(toDate.keepsCalendarCounts()).isFalse();
  }
}
