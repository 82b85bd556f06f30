package vn.dxmonitor.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * it belongs to a plan's own extra days ({@link WorkingDays}), which counts working days over both.
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
    return on(day).isPresent();
  }

  /** The holiday on {@code day}, if it is one or a substitute for one. */
  public static Optional<Holiday> on(LocalDate day) {
    // Tết is never before 21 January, so every holiday lies in the year of its date.
    return of(day.getYear()).stream().filter(holiday -> holiday.date().equals(day)).findFirst();
  }

  private static List<Holiday> compute(int year) {
    Map<LocalDate, Holiday> days = new TreeMap<>();
    add(days, LocalDate.of(year, 1, 1), "Tết Dương lịch", HolidayKind.NEW_YEAR);
    LocalDate tet = LunarCalendar.newYear(year);
    add(days, tet.minusDays(1), "Tết Nguyên Đán (ngày cuối năm)", HolidayKind.TET);
    for (int day = 1; day <= 4; day++) {
      add(days, tet.plusDays(day - 1), "Tết Nguyên Đán (mùng " + day + ")", HolidayKind.TET);
    }
    add(days, LunarCalendar.solarDate(year, 3, 10), "Giỗ Tổ Hùng Vương", HolidayKind.HUNG_KINGS);
    add(days, LocalDate.of(year, 4, 30), "Ngày Chiến thắng", HolidayKind.REUNIFICATION);
    add(days, LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động", HolidayKind.LABOUR_DAY);
    add(days, LocalDate.of(year, 9, 2), "Quốc khánh", HolidayKind.NATIONAL_DAY);
    add(days, LocalDate.of(year, 9, 3), "Quốc khánh (ngày liền kề)", HolidayKind.NATIONAL_DAY);
    for (Holiday holiday : List.copyOf(days.values())) {
      if (isWeekend(holiday.date())) {
        LocalDate substitute = holiday.date().plusDays(1);
        while (isWeekend(substitute) || days.containsKey(substitute)) {
          substitute = substitute.plusDays(1);
        }
        days.put(
            substitute, new Holiday(substitute, "Nghỉ bù " + holiday.name(), true, holiday.kind()));
      }
    }
    return List.copyOf(days.values());
  }

  private static void add(
      Map<LocalDate, Holiday> days, LocalDate date, String name, HolidayKind kind) {
    days.putIfAbsent(date, new Holiday(date, name, false, kind));
  }

  static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
