package vn.dxmonitor.model.value;

import java.time.LocalDate;

/**
 * A ratio's counts from the first day of a calendar month or quarter ({@code from}) to the day the
 * value stands at. {@link #NONE} says the counts were not kept: a value made, or a history point
 * written, before values carried them.
 */
public record PeriodCounts(LocalDate from, long numerator, long denominator) {

  public static final PeriodCounts NONE = new PeriodCounts(null, 0, 0);

  public boolean kept() {
    return from != null;
  }
}
