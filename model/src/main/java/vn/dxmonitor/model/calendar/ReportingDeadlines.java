package vn.dxmonitor.model.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * By which day of a period's last month its figures are due, per cadence, as a plan sets them.
 *
 * <p>The defaults follow the seed plans and the state reporting regime: a year's figures by 20
 * December (the emulation plans: "Hàng năm … báo cáo … (trước ngày 20/12)"), a month's, quarter's
 * and half-year's by the 15th of its last month. A deadline before the period ends is the regime's
 * own: Decree 09/2019/NĐ-CP closes a report's figures on the 14th of the last month and estimates
 * the rest. A deadline on a weekend or public holiday moves to the next working day, as the Civil
 * Code (2015, article 148) moves the end of any time limit; so does one of the plan's own days off.
 *
 * @param daysOff the days off the plan adds to the public holidays, each with its name
 */
public record ReportingDeadlines(
    Map<ReportingCadence, Integer> dayOfLastMonth, Map<LocalDate, String> daysOff) {

  private static final ReportingDeadlines DEFAULTS =
      new ReportingDeadlines(
          Map.of(
              ReportingCadence.MONTHLY, 15,
              ReportingCadence.QUARTERLY, 15,
              ReportingCadence.HALF_YEARLY, 15,
              ReportingCadence.YEARLY, 20),
          Map.of());

  public ReportingDeadlines {
    EnumMap<ReportingCadence, Integer> days = new EnumMap<>(ReportingCadence.class);
    for (ReportingCadence cadence : ReportingCadence.values()) {
      Integer day = dayOfLastMonth == null ? null : dayOfLastMonth.get(cadence);
      if (day == null) {
        throw new IllegalArgumentException("a deadline for " + cadence + " figures is missing");
      }
      if (day < 1 || day > 31) {
        throw new IllegalArgumentException(
            "the deadline for " + cadence + " figures is a day of the month, 1 to 31, not " + day);
      }
      days.put(cadence, day);
    }
    dayOfLastMonth = Map.copyOf(days);
    daysOff = daysOff == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(daysOff));
  }

  /** Deadlines per cadence, with no extra day off. */
  public ReportingDeadlines(Map<ReportingCadence, Integer> dayOfLastMonth) {
    this(dayOfLastMonth, Map.of());
  }

  public static ReportingDeadlines defaults() {
    return DEFAULTS;
  }

  /** These deadlines with {@code cadence}'s day changed. */
  public ReportingDeadlines with(ReportingCadence cadence, int day) {
    Map<ReportingCadence, Integer> days = new EnumMap<>(dayOfLastMonth);
    days.put(cadence, day);
    return new ReportingDeadlines(days, daysOff);
  }

  /** These deadlines, with {@code extra} days off besides the public holidays. */
  public ReportingDeadlines withDaysOff(Map<LocalDate, String> extra) {
    return new ReportingDeadlines(dayOfLastMonth, extra);
  }

  /** The plan's working days: the public holidays and its own days off are not. */
  public WorkingDays workingDays() {
    return WorkingDays.with(daysOff);
  }

  /** The last day on which the period's figures are on time: a working day. */
  public LocalDate deadline(ReportingPeriod period) {
    int day = Math.min(dayOfLastMonth.get(period.cadence()), period.lastMonth().lengthOfMonth());
    return workingDays().onOrAfter(period.lastMonth().atDay(day));
  }
}
