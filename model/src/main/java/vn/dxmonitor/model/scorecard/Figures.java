package vn.dxmonitor.model.scorecard;

import java.time.LocalDate;
import vn.dxmonitor.model.catalog.IndicatorKind;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.model.value.PeriodCounts;

/**
 * A unit's figure on an indicator, read from the value the processor made for it, so that every
 * service scoring a scorecard reads values the same way: a ratio over the scorecard's window (no
 * base when nothing was counted, or when no value exists: nothing was ever counted), any other kind
 * by its value (no data when there is none).
 */
public final class Figures {

  private Figures() {}

  /**
   * @param value the unit's value on the indicator; null when the processor never made one
   * @param day the day scored. A value still holding the counts of an earlier month, quarter or
   *     year (made before its first event of the period the day lies in) has counted nothing in the
   *     day's period: no base. A value without the month's or the quarter's counts (made, or
   *     rebuilt from a history point written, before values carried them) has no data for them.
   */
  public static Figure of(
      IndicatorValue value, IndicatorKind kind, ScoreWindow window, LocalDate day) {
    if (kind == IndicatorKind.RATIO_OF_COUNTS) {
      if (value == null) {
        return Figure.noBase();
      }
      IndicatorValue.YearToDate toDate = value.yearToDate();
      return switch (window) {
        case TRAILING -> Figure.ratio(value.window().numerator(), value.window().denominator());
        case MONTH -> ofPeriod(toDate.monthToDate(), window.periodStart(day).orElseThrow());
        case QUARTER -> ofPeriod(toDate.quarterToDate(), window.periodStart(day).orElseThrow());
        case YEAR_TO_DATE ->
            toDate.year() == day.getYear()
                ? Figure.ratio(toDate.numeratorYtd(), toDate.denominatorYtd())
                : Figure.noBase();
      };
    }
    if (value == null || value.window().value() == null) {
      return Figure.noData();
    }
    return Figure.of(value.window().value());
  }

  private static Figure ofPeriod(PeriodCounts counts, LocalDate periodStart) {
    if (!counts.kept()) {
      return Figure.noData();
    }
    return counts.from().equals(periodStart)
        ? Figure.ratio(counts.numerator(), counts.denominator())
        : Figure.noBase();
  }
}
