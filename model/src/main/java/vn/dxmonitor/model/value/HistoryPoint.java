package vn.dxmonitor.model.value;

import java.time.LocalDate;

/**
 * One unit's value for an indicator as it stood at the end of one day, for trends and forecasts.
 * Published to {@code dx.indicator-history} (compacted, key {@code unit|indicator|day}); a late
 * event publishes the days it corrects again.
 *
 * @param calendar a ratio's counts of the day's month, quarter and year up to the day, so that a
 *     calendar-window scorecard scores the day too; null for the other kinds, and for a point
 *     written before points kept them
 */
public record HistoryPoint(
    String unit,
    String indicator,
    LocalDate day,
    Double value,
    long numerator,
    long denominator,
    CalendarCounts calendar) {

  /** A point without calendar counts. */
  public HistoryPoint(
      String unit,
      String indicator,
      LocalDate day,
      Double value,
      long numerator,
      long denominator) {
    this(unit, indicator, day, value, numerator, denominator, null);
  }

  public String key() {
    return ValueKey.of(unit, indicator) + "|" + day;
  }

  /** The counts from the first of the day's month, quarter and year to the day, day included. */
  public record CalendarCounts(
      long numeratorMtd,
      long denominatorMtd,
      long numeratorQtd,
      long denominatorQtd,
      long numeratorYtd,
      long denominatorYtd) {}
}
