package vn.dxmonitor.processor.window;

import java.time.LocalDate;
import java.util.Collection;
import java.util.TreeSet;

/**
 * The days on which a to-date sum can start: the first of every month, for the calendar month,
 * quarter and year to date, and every plan's start, for the plan period to date. Counts older than
 * the daily window are kept per period between two such days, so a sum from any of them is exact
 * however long ago it began, while a unit's state stays a dozen numbers a year.
 */
public final class PeriodStarts {

  private final TreeSet<LocalDate> planStarts;

  public PeriodStarts(Collection<LocalDate> planStarts) {
    this.planStarts = new TreeSet<>(planStarts);
  }

  /** The start of the period holding {@code day}: the latest start on or before it. */
  public LocalDate periodOf(LocalDate day) {
    LocalDate monthStart = day.withDayOfMonth(1);
    LocalDate plan = planStarts.floor(day);
    return plan != null && plan.isAfter(monthStart) ? plan : monthStart;
  }

  /**
   * Whether a sum from {@code day} is still asked for once its year is over: the year to date of a
   * past year, or a plan's period to date. The months and quarters of a year long gone are not.
   */
  public boolean isLastingStart(LocalDate day) {
    return day.getDayOfYear() == 1 || planStarts.contains(day);
  }

  /** Whether a sum from {@code day} can be exact: the day is a month's first or a plan's start. */
  public boolean isStart(LocalDate day) {
    return day.getDayOfMonth() == 1 || planStarts.contains(day);
  }
}
