package vn.dxmonitor.model.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.catalog.IndicatorKind;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.model.value.PeriodCounts;

class FiguresTest {

  private static final LocalDate DAY = LocalDate.of(2026, 5, 14);

  @Test
  void aRatioReadsItsWindowOrItsYearToDateAndNothingCountedIsNoBase() {
    IndicatorValue value = ratio(2026, 30, 40, 300, 500);

    assertThat(Figures.of(value, IndicatorKind.RATIO_OF_COUNTS, ScoreWindow.TRAILING, DAY))
        .isEqualTo(Figure.of(75.0));
    assertThat(Figures.of(value, IndicatorKind.RATIO_OF_COUNTS, ScoreWindow.YEAR_TO_DATE, DAY))
        .isEqualTo(Figure.of(60.0));
    assertThat(Figures.of(null, IndicatorKind.RATIO_OF_COUNTS, ScoreWindow.TRAILING, DAY))
        .isEqualTo(Figure.noBase());
    assertThat(Figures.of(null, IndicatorKind.MEASUREMENT, ScoreWindow.TRAILING, DAY))
        .isEqualTo(Figure.noData());
  }

  @Test
  void lastYearsCountsAreNotThisYearsEarlyInJanuary() {
    IndicatorValue stillLastYear = ratio(2025, 30, 40, 900, 1000);

    assertThat(
            Figures.of(stillLastYear, IndicatorKind.RATIO_OF_COUNTS, ScoreWindow.YEAR_TO_DATE, DAY))
        .isEqualTo(Figure.noBase());
  }

  @Test
  void aRatioReadsTheCountsOfTheMonthAndTheQuarterTheDayLiesIn() {
    IndicatorValue value =
        withCalendar(
            ratio(2026, 30, 40, 300, 500),
            new PeriodCounts(LocalDate.of(2026, 5, 1), 9, 12),
            new PeriodCounts(LocalDate.of(2026, 4, 1), 45, 50));

    assertThat(Figures.of(value, IndicatorKind.RATIO_OF_COUNTS, ScoreWindow.MONTH, DAY))
        .isEqualTo(Figure.of(75.0));
    assertThat(Figures.of(value, IndicatorKind.RATIO_OF_COUNTS, ScoreWindow.QUARTER, DAY))
        .isEqualTo(Figure.of(90.0));
    assertThat(Figures.of(value, IndicatorKind.RATIO_OF_COUNTS, ScoreWindow.YEAR_TO_DATE, DAY))
        .isEqualTo(Figure.of(60.0));
  }

  @Test
  void lastMonthsOrLastQuartersCountsAreNoBaseInTheNewOne() {
    // Made on 31 March, before the unit's first event of April: its month and quarter are March's
    // and the first quarter's.
    IndicatorValue stillMarch =
        withCalendar(
            ratio(2026, 30, 40, 300, 500),
            new PeriodCounts(LocalDate.of(2026, 3, 1), 9, 12),
            new PeriodCounts(LocalDate.of(2026, 1, 1), 300, 500));
    LocalDate april2 = LocalDate.of(2026, 4, 2);

    assertThat(Figures.of(stillMarch, IndicatorKind.RATIO_OF_COUNTS, ScoreWindow.MONTH, april2))
        .isEqualTo(Figure.noBase());
    assertThat(Figures.of(stillMarch, IndicatorKind.RATIO_OF_COUNTS, ScoreWindow.QUARTER, april2))
        .isEqualTo(Figure.noBase());
    assertThat(
            Figures.of(
                stillMarch,
                IndicatorKind.RATIO_OF_COUNTS,
                ScoreWindow.QUARTER,
                LocalDate.of(2026, 3, 31)))
        .isEqualTo(Figure.of(60.0));
  }

  @Test
  void countsNotKeptAreNoDataNotNoBase() {
    IndicatorValue beforeCalendarCounts = ratio(2026, 30, 40, 300, 500);

    assertThat(
            Figures.of(beforeCalendarCounts, IndicatorKind.RATIO_OF_COUNTS, ScoreWindow.MONTH, DAY))
        .isEqualTo(Figure.noData());
    assertThat(
            Figures.of(
                beforeCalendarCounts, IndicatorKind.RATIO_OF_COUNTS, ScoreWindow.QUARTER, DAY))
        .isEqualTo(Figure.noData());
  }

  @Test
  void aMonthWithNothingCountedIsNoBase() {
    IndicatorValue quietMay =
        withCalendar(
            ratio(2026, 30, 40, 300, 500),
            new PeriodCounts(LocalDate.of(2026, 5, 1), 0, 0),
            new PeriodCounts(LocalDate.of(2026, 4, 1), 45, 50));

    assertThat(Figures.of(quietMay, IndicatorKind.RATIO_OF_COUNTS, ScoreWindow.MONTH, DAY))
        .isEqualTo(Figure.noBase());
  }

  @Test
  void pointsAreRoundedHalfUpOnTheDecimalWritten() {
    // 800.175 is 800.17499999… as a double: rounded on the binary fraction it would be 800.17
    assertThat(Points.round(800.175, 2)).isEqualTo(800.18);
    assertThat(Points.round(800.175 / 1000, 4)).isEqualTo(0.8002);
    assertThat(Points.round(14.666666, 2)).isEqualTo(14.67);
  }

  private static IndicatorValue ratio(int year, long n, long d, long nYtd, long dYtd) {
    return new IndicatorValue(
        new IndicatorValue.Where("21583", "Phường Quy Nhơn", "commune", "52"),
        "dossiers-on-time",
        "ratio-of-counts",
        new IndicatorValue.Window(30, n, d, 100.0 * n / d),
        new IndicatorValue.YearToDate(year, nYtd, dYtd, 100.0 * nYtd / dYtd),
        new IndicatorValue.Activity(d, Instant.parse("2026-01-02T03:00:00Z"), null),
        IndicatorValue.Standing.NONE,
        IndicatorValue.PeriodToDate.NONE,
        IndicatorValue.Children.NONE,
        Instant.parse("2026-01-02T03:00:00Z"));
  }

  private static IndicatorValue withCalendar(
      IndicatorValue value, PeriodCounts month, PeriodCounts quarter) {
    IndicatorValue.YearToDate y = value.yearToDate();
    return new IndicatorValue(
        value.where(),
        value.indicator(),
        value.kind(),
        value.window(),
        new IndicatorValue.YearToDate(
            y.year(), y.numeratorYtd(), y.denominatorYtd(), y.valueYtd(), month, quarter),
        value.activity(),
        value.standing(),
        value.periodToDate(),
        value.children(),
        value.updatedAt());
  }
}
