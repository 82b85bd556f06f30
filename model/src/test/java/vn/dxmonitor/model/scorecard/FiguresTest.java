package vn.dxmonitor.model.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.catalog.IndicatorKind;
import vn.dxmonitor.model.value.IndicatorValue;

class FiguresTest {

  @Test
  void aRatioReadsItsWindowOrItsYearToDateAndNothingCountedIsNoBase() {
    IndicatorValue value = ratio(2026, 30, 40, 300, 500);

    assertThat(Figures.of(value, IndicatorKind.RATIO_OF_COUNTS, ScoreWindow.TRAILING, 2026))
        .isEqualTo(Figure.of(75.0));
    assertThat(Figures.of(value, IndicatorKind.RATIO_OF_COUNTS, ScoreWindow.YEAR_TO_DATE, 2026))
        .isEqualTo(Figure.of(60.0));
    assertThat(Figures.of(null, IndicatorKind.RATIO_OF_COUNTS, ScoreWindow.TRAILING, 2026))
        .isEqualTo(Figure.noBase());
    assertThat(Figures.of(null, IndicatorKind.MEASUREMENT, ScoreWindow.TRAILING, 2026))
        .isEqualTo(Figure.noData());
  }

  @Test
  void lastYearsCountsAreNotThisYearsEarlyInJanuary() {
    IndicatorValue stillLastYear = ratio(2025, 30, 40, 900, 1000);

    assertThat(
            Figures.of(
                stillLastYear, IndicatorKind.RATIO_OF_COUNTS, ScoreWindow.YEAR_TO_DATE, 2026))
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
}
