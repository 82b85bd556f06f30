package vn.dxmonitor.model.trajectory;

/**
 * Whether a period-to-date ratio can still reach its target. With {@code numerator} of {@code
 * denominator} so far and the same volume per day for the rest of the period, the share the rest
 * must reach is {@code (target·(D + R) − 100·N) / R}; above 100 % the target is out of reach.
 */
public final class PeriodToDate {

  private PeriodToDate() {}

  /**
   * @return the percentage the remaining volume must reach, or NaN when no volume is expected
   */
  public static double neededShare(
      long numerator,
      long denominator,
      long elapsedDays,
      long remainingDays,
      double targetPercent) {
    if (elapsedDays <= 0 || remainingDays <= 0 || denominator == 0) {
      return Double.NaN;
    }
    double remaining = (double) denominator / elapsedDays * remainingDays;
    return (targetPercent * (denominator + remaining) - 100.0 * numerator) / remaining;
  }

  public static boolean isUnreachable(
      long numerator,
      long denominator,
      long elapsedDays,
      long remainingDays,
      double targetPercent) {
    return neededShare(numerator, denominator, elapsedDays, remainingDays, targetPercent) > 100.0;
  }
}
