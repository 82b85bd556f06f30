package vn.dxmonitor.model.value;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What one day of a ratio's trailing window counted: the numerator's events of the denominator's. A
 * value carries its window's days so that whoever reads it can tell, as the processor did, whether
 * the window ending on a deadline can still meet the target.
 */
public record DailyCounts(LocalDate day, long numerator, long denominator) {

  public DailyCounts {
    Objects.requireNonNull(day, "day");
  }
}
