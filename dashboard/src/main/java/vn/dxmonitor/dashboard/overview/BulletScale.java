package vn.dxmonitor.dashboard.overview;

/**
 * The scale of a bullet chart: a percentage runs from 0 to 100; any other quantity from zero to a
 * little beyond the largest of its value, expected value and target, so that every mark shows.
 */
final class BulletScale {

  private static final double HEADROOM = 1.15;

  private BulletScale() {}

  static double of(String unitOfMeasure, Double value, Double expected, Double target) {
    double largest = Math.max(orZero(value), Math.max(orZero(expected), orZero(target)));
    if (isPercent(unitOfMeasure) && largest <= 100) {
      return 100;
    }
    return largest > 0 ? largest * HEADROOM : 1;
  }

  /** How a number of the unit is followed on the page: "62,0%", "1.250,0 tỷ đồng". */
  static String suffix(String unitOfMeasure) {
    if (unitOfMeasure == null || unitOfMeasure.isBlank()) {
      return "";
    }
    return isPercent(unitOfMeasure) ? "%" : " " + unitOfMeasure;
  }

  private static boolean isPercent(String unitOfMeasure) {
    return "percent".equals(unitOfMeasure) || "%".equals(unitOfMeasure);
  }

  /** Where {@code value} falls on a scale, in percent of its width, kept within the bullet. */
  static Double at(Double value, double scale) {
    if (value == null || value.isNaN()) {
      return null;
    }
    return Math.max(0, Math.min(100, value / scale * 100));
  }

  private static double orZero(Double value) {
    return value == null || value.isNaN() ? 0 : value;
  }
}
