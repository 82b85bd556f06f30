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
   */
  public static Figure of(IndicatorValue value, IndicatorKind kind, ScoreWindow window) {
    if (kind == IndicatorKind.RATIO_OF_COUNTS) {
      if (value == null) {
        return Figure.noBase();
      }
      return window == ScoreWindow.YEAR_TO_DATE
          ? Figure.ratio(value.yearToDate().numeratorYtd(), value.yearToDate().denominatorYtd())
          : Figure.ratio(value.window().numerator(), value.window().denominator());
    }
    if (value == null || value.window().value() == null) {
      return Figure.noData();
    }
    return Figure.of(value.window().value());
  }
}
