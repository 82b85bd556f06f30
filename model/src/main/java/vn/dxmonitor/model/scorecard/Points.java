package vn.dxmonitor.model.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How points and indices are rounded wherever they are shown — the API, the page, its charts — so
 * that they agree: half up on the decimal written, as the published indices are (800.175 → 800.18),
 * never on the binary fraction a double holds.
 */
public final class Points {

  private Points() {}

  public static double round(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
  }
}
