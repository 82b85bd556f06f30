package vn.dxmonitor.model.alert;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * A weekly window in Vietnam's time, such as the weekend or a unit's Sunday-night maintenance. It
 * opens at {@code from} on each of its days and closes at {@code to}; when {@code to} is not later
 * than {@code from} it closes on the next day, so {@code 22:00–02:00} spans midnight and {@code
 * 00:00–00:00} is a whole day.
 */
public record SilenceWindow(List<DayOfWeek> days, LocalTime from, LocalTime to) {

  public SilenceWindow {
    days = days == null ? List.of() : List.copyOf(days);
  }

  public boolean contains(LocalDateTime local) {
    LocalTime time = local.toLocalTime();
    boolean overnight = !to.isAfter(from);
    if (!overnight) {
      return days.contains(local.getDayOfWeek()) && !time.isBefore(from) && time.isBefore(to);
    }
    boolean openedToday = days.contains(local.getDayOfWeek()) && !time.isBefore(from);
    boolean openedYesterday = days.contains(local.getDayOfWeek().minus(1)) && time.isBefore(to);
    return openedToday || openedYesterday;
  }
}
