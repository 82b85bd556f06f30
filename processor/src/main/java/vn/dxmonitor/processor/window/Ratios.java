package vn.dxmonitor.processor.window;

/** Ratio-of-counts values: 100·Σnumerator/Σdenominator, undefined over an empty denominator. */
public final class Ratios {

  private Ratios() {}

  public static Double percent(long numerator, long denominator) {
    return denominator == 0 ? null : 100.0 * numerator / denominator;
  }

  static double percent(DayCounts counts) {
    return 100.0 * counts.numerator() / counts.denominator();
  }
}
