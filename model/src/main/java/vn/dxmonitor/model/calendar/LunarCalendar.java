package vn.dxmonitor.model.calendar;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Vietnam's lunisolar calendar (âm lịch): the Chinese calendar's rules with new moons and solar
 * terms reckoned at UTC+7 rather than China's UTC+8, as Vietnam has done since 1968. The difference
 * is real: Tết 2007 fell on 17 February, the Chinese New Year on the 18th; in 1985 they were a
 * month apart. ICU4J does the astronomy; this class only chooses the meridian, as ICU's own Korean
 * calendar does for UTC+9.
 */
public final class LunarCalendar {

  private static final TimeZone VIETNAM = TimeZone.getTimeZone("GMT+07:00");
  private static final ZoneOffset UTC_PLUS_7 = ZoneOffset.ofHours(7);

  private LunarCalendar() {}

  /**
   * The solar date of a day of the lunar year that begins in {@code gregorianYear}.
   *
   * @param month 1–12, the ordinary (not leap) month of that number
   * @param day 1–30
   * @throws IllegalArgumentException when that lunar month has no such day
   */
  public static LocalDate solarDate(int gregorianYear, int month, int day) {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("a lunar month is 1–12, but was " + month);
    }
    Calendar lunar = yearBeginningIn(gregorianYear);
    lunar.set(Calendar.MONTH, month - 1);
    lunar.set(ChineseCalendar.IS_LEAP_MONTH, 0);
    lunar.set(Calendar.DAY_OF_MONTH, 1);
    if (day < 1 || day > lunar.getActualMaximum(Calendar.DAY_OF_MONTH)) {
      throw new IllegalArgumentException(
          "lunar month "
              + month
              + " of the year beginning in "
              + gregorianYear
              + " has "
              + lunar.getActualMaximum(Calendar.DAY_OF_MONTH)
              + " days, not "
              + day);
    }
    lunar.set(Calendar.DAY_OF_MONTH, day);
    return solar(lunar);
  }

  /** Tết Nguyên Đán: the first day of the lunar year that begins in {@code gregorianYear}. */
  public static LocalDate newYear(int gregorianYear) {
    return solarDate(gregorianYear, 1, 1);
  }

  /**
   * A calendar set to a day of the lunar year beginning in {@code gregorianYear}: 1 March, since
   * Tết always falls between 21 January and 20 February.
   */
  private static Calendar yearBeginningIn(int gregorianYear) {
    Calendar lunar = new VietnamChineseCalendar();
    lunar.setTimeInMillis(
        LocalDate.of(gregorianYear, 3, 1).atTime(12, 0).toInstant(UTC_PLUS_7).toEpochMilli());
    return lunar;
  }

  private static LocalDate solar(Calendar lunar) {
    return LocalDate.ofInstant(Instant.ofEpochMilli(lunar.getTimeInMillis()), UTC_PLUS_7);
  }

  /** The Chinese calendar reckoned at Vietnam's meridian, in Vietnam's days. */
  private static final class VietnamChineseCalendar extends ChineseCalendar {

    private static final long serialVersionUID = 1L;

    VietnamChineseCalendar() {
      super(VIETNAM, ULocale.ROOT, VIETNAM);
    }
  }
}
