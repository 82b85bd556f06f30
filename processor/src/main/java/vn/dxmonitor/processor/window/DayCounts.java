package vn.dxmonitor.processor.window;

import java.time.LocalDate;

/** Numerator and denominator summed over one Vietnamese calendar day. */
public record DayCounts(LocalDate day, long numerator, long denominator) {

  DayCounts plus(long addedNumerator, long addedDenominator) {
    return new DayCounts(day, numerator + addedNumerator, denominator + addedDenominator);
  }
}
