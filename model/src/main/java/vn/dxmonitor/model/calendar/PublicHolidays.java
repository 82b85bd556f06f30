package vn.dxmonitor.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Vietnam's public holidays in a year, as the Labour Code of 2019 (article 112) sets them, with the
 * lunar ones computed ({@link LunarCalendar}) rather than listed:
 *
 * <ul>
 *   <li>New Year's Day, 1 January;
 *   <li>Tết Nguyên Đán, five days: the last day of the old lunar year and the first four of the new
 *       — the usual arrangement; the Prime Minister fixes each year's, which may differ by a day;
 *   <li>the Hùng Kings' Commemoration, the 10th day of the 3rd lunar month;
 *   <li>Reunification Day, 30 April, and International Workers' Day, 1 May;
 *   <li>National Day, 2 September, and the day after (the law gives 2 September and one day before
 *       or after it, fixed each year);
 *   <li>for a holiday on a Saturday or Sunday, the next working day (article 111).
 * </ul>
 *
 * What a year's decision moves or adds (a bridging day, another day around Tết) is not computable;
 * it belongs to a plan's own extra days.
 */
public final class PublicHolidays {

  private static final Map<Integer, List<Holiday>> YEARS = new ConcurrentHashMap<>();

  private PublicHolidays() {}

  /** The year's holidays, substitutes included, in date order. */
  public static List<Holiday> of(int year) {
    return YEARS.computeIfAbsent(year, PublicHolidays::compute);
  }

  /** Whether {@code day} is a holiday or a substitute for one. */
  public static boolean isHoliday(LocalDate day) {
    // Tết is never before 21 January, so every holiday lies in the year of its date.
    return of(day.getYear()).stream().anyMatch(holiday -> holiday.date().equals(day));
  }

  /** Whether offices work on {@code day}: not a Saturday, Sunday or public holiday. */
  public static boolean isWorkingDay(LocalDate day) {
    return !isWeekend(day) && !isHoliday(day);
  }

  /** The working day {@code count} working days before {@code day}. */
  public static LocalDate workingDaysBefore(LocalDate day, int count) {
    LocalDate earlier = day;
    for (int left = count; left > 0; ) {
      earlier = earlier.minusDays(1);
      if (isWorkingDay(earlier)) {
        left--;
      }
    }
    return earlier;
  }

  /**
   * The day {@code cadence} after {@code from}, a day later for every holiday in between: when a
   * unit heard of on {@code from} is next due to report.
   */
  public static LocalDate after(LocalDate from, Period cadence) {
    LocalDate due = from.plus(cadence);
    long counted = 0;
    long holidays = holidaysBetween(from, due);
    // Each day added for a holiday may itself reach another: until the count stops growing.
    while (holidays > counted) {
      due = due.plusDays(holidays - counted);
      counted = holidays;
      holidays = holidaysBetween(from, due);
    }
    return due;
  }

  /** Holidays after {@code from}, up to and including {@code to}. */
  private static long holidaysBetween(LocalDate from, LocalDate to) {
    long count = 0;
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      count +=
          of(year).stream()
              .filter(holiday -> holiday.date().isAfter(from) && !holiday.date().isAfter(to))
              .count();
    }
    return count;
  }

  private static List<Holiday> compute(int year) {
    Map<LocalDate, Holiday> days = new TreeMap<>();
    add(days, LocalDate.of(year, 1, 1), "Tết Dương lịch");
    LocalDate tet = LunarCalendar.newYear(year);
    add(days, tet.minusDays(1), "Tết Nguyên Đán (ngày cuối năm)");
    for (int day = 1; day <= 4; day++) {
      add(days, tet.plusDays(day - 1), "Tết Nguyên Đán (mùng " + day + ")");
    }
    add(days, LunarCalendar.solarDate(year, 3, 10), "Giỗ Tổ Hùng Vương");
    add(days, LocalDate.of(year, 4, 30), "Ngày Chiến thắng");
    add(days, LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động");
    add(days, LocalDate.of(year, 9, 2), "Quốc khánh");
    add(days, LocalDate.of(year, 9, 3), "Quốc khánh (ngày liền kề)");
    for (Holiday holiday : List.copyOf(days.values())) {
      if (isWeekend(holiday.date())) {
        LocalDate substitute = holiday.date().plusDays(1);
        while (isWeekend(substitute) || days.containsKey(substitute)) {
          substitute = substitute.plusDays(1);
        }
        days.put(substitute, new Holiday(substitute, "Nghỉ bù " + holiday.name(), true));
      }
    }
    return List.copyOf(days.values());
  }

  private static void add(Map<LocalDate, Holiday> days, LocalDate date, String name) {
    days.putIfAbsent(date, new Holiday(date, name, false));
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
