package vn.dxmonitor.model.quality;

import java.util.Arrays;
import java.util.Collection;

/**
 * The modified z-score of Iglewicz and Hoaglin (1993): how far a figure lies from the median of
 * others, in units of their median absolute deviation, {@code 0.6745 (x − median) / MAD}. Unlike a
 * mean and standard deviation, one wild figure among the others barely moves it. Where the others
 * barely vary (a MAD of zero), the deviation is floored at {@code scaleFloor}, so a series that was
 * flat does not make its first ordinary wobble infinitely surprising.
 */
public final class RobustScore {

  /** Scales the MAD to a standard deviation for normally distributed figures. */
  private static final double CONSISTENCY = 0.6745;

  private RobustScore() {}

  /**
   * @param others at least one figure
   * @param scaleFloor the smallest deviation taken as meaningful, in the figures' own unit
   */
  public static double of(double figure, Collection<Double> others, double scaleFloor) {
    double[] values = others.stream().mapToDouble(Double::doubleValue).toArray();
    double median = median(values);
    double[] deviations = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      deviations[i] = Math.abs(values[i] - median);
    }
    double mad = Math.max(median(deviations), scaleFloor);
    return CONSISTENCY * (figure - median) / mad;
  }

  static double median(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("a median needs at least one figure");
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
