package vn.dxmonitor.processor.window;

/** Numerator and denominator summed over a calendar year, for the year-to-date value. */
public record YearCounts(int year, long numerator, long denominator) {

  YearCounts plus(long addedNumerator, long addedDenominator) {
    return new YearCounts(year, numerator + addedNumerator, denominator + addedDenominator);
  }
}
