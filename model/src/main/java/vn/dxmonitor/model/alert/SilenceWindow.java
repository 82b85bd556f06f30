package vn.dxmonitor.model.alert;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import vn.dxmonitor.model.calendar.HolidayKind;
import vn.dxmonitor.model.calendar.PublicHolidays;

/**
 * A recurring window in Vietnam's time, such as the weekend, a unit's Sunday-night maintenance or
 * Tết. It opens at {@code from} on each of its days — days of the week, and the days of the public
 * holidays it names, whatever their dates that year ({@link PublicHolidays}) — and closes at {@code
 * to}; when {@code to} is not later than {@code from} it closes on the next day, so {@code
 * 22:00–02:00} spans midnight and {@code 00:00–00:00} is a whole day.
 *
 * @param holidays the holidays whose days (substitute days included) the window opens on
 */
public record SilenceWindow(
    List<DayOfWeek> days, List<HolidayKind> holidays, LocalTime from, LocalTime to) {

  public SilenceWindow {
    days = days == null ? List.of() : List.copyOf(days);
    holidays = holidays == null ? List.of() : List.copyOf(holidays);
  }

  /** A weekly window. */
  public SilenceWindow(List<DayOfWeek> days, LocalTime from, LocalTime to) {
    this(days, List.of(), from, to);
  }

  public boolean contains(LocalDateTime local) {
    LocalTime time = local.toLocalTime();
    LocalDate day = local.toLocalDate();
    boolean overnight = !to.isAfter(from);
    if (!overnight) {
      return opensOn(day) && !time.isBefore(from) && time.isBefore(to);
    }
    boolean openedToday = opensOn(day) && !time.isBefore(from);
    boolean openedYesterday = opensOn(day.minusDays(1)) && time.isBefore(to);
    return openedToday || openedYesterday;
  }

  private boolean opensOn(LocalDate day) {
    return days.contains(day.getDayOfWeek())
        || (!holidays.isEmpty()
            && PublicHolidays.on(day)
                .filter(holiday -> holidays.contains(holiday.kind()))
                .isPresent());
  }
}
