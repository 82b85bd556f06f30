package vn.dxmonitor.model.scorecard;

import vn.dxmonitor.model.catalog.IndicatorKind;
import vn.dxmonitor.model.value.IndicatorValue;

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
   * @param year the year scored: a value still holding last year's counts (early in January, before
   *     its first event of the year) has counted nothing this year
   */
  public static Figure of(IndicatorValue value, IndicatorKind kind, ScoreWindow window, int year) {
    if (kind == IndicatorKind.RATIO_OF_COUNTS) {
      if (value == null) {
        return Figure.noBase();
      }
      if (window == ScoreWindow.YEAR_TO_DATE) {
        return value.yearToDate().year() == year
            ? Figure.ratio(value.yearToDate().numeratorYtd(), value.yearToDate().denominatorYtd())
            : Figure.noBase();
      }
      return Figure.ratio(value.window().numerator(), value.window().denominator());
    }
    if (value == null || value.window().value() == null) {
      return Figure.noData();
    }
    return Figure.of(value.window().value());
  }
}
