package vn.dxmonitor.model.trajectory;

/**
 * Whether a ratio over a span of days (a period to date, or the part of a trailing window already
 * seen) can still reach its target. With {@code numerator} of {@code denominator} so far and the
 * same volume per day for the rest of the span, the share the rest must reach is {@code (target·(D
 * + R) − 100·N) / R}; above 100 % the target is out of reach.
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

  /**
   * The best percentage the span can end with: every event of the remaining volume (the same per
   * day as so far) counted in the numerator, or, where lower is better, none of them.
   *
   * @return the percentage, or NaN when nothing has been counted yet
   */
  public static double bestShare(
      long numerator,
      long denominator,
      long elapsedDays,
      long remainingDays,
      boolean higherIsBetter) {
    if (elapsedDays <= 0 || remainingDays < 0 || denominator == 0) {
      return Double.NaN;
    }
    double remaining = (double) denominator / elapsedDays * remainingDays;
    double best = higherIsBetter ? numerator + remaining : numerator;
    return 100.0 * best / (denominator + remaining);
  }
}
