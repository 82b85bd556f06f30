package vn.dxmonitor.model.time;

import java.time.LocalDate;

/**
 * The first days of the calendar periods a day lies in, which the calendar-window scorecards and
 * the to-date counts of a value start from. Pure date arithmetic: the day is already a Vietnamese
 * date ({@link VietnamTime#dateOf}).
 */
public final class CalendarStarts {

  private CalendarStarts() {}

  public static LocalDate month(LocalDate day) {
    return day.withDayOfMonth(1);
  }

  /** 1 January, 1 April, 1 July or 1 October. */
  public static LocalDate quarter(LocalDate day) {
    int firstMonth = (day.getMonthValue() - 1) / 3 * 3 + 1;
    return LocalDate.of(day.getYear(), firstMonth, 1);
  }

  public static LocalDate year(LocalDate day) {
    return day.withDayOfYear(1);
  }
}
