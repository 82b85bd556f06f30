package vn.dxmonitor.dashboard.page;

import java.text.NumberFormat;
import java.util.Locale;
import vn.dxmonitor.model.scorecard.Points;

/**
 * Numbers as the reader's language writes them, with one decimal: "85,3" in Vietnamese, "85.3" in
 * English. The page's script formats live updates the same way.
 */
public final class Numbers {

  public static final String NONE = "—";

  private Numbers() {}

  public static String format(Double value, Locale locale) {
    if (value == null || value.isNaN()) {
      return NONE;
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(1);
    format.setMaximumFractionDigits(1);
    return format.format(value);
  }

  /**
   * Points of an official index with {@code decimals} decimals, rounded as the published indices
   * are ({@link Points#round}): "800,18" in Vietnamese, "800.18" in English.
   */
  public static String points(double value, int decimals, Locale locale) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    return format.format(Points.round(value, decimals));
  }
}
