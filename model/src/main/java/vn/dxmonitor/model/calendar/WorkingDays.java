package vn.dxmonitor.model.calendar;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The days offices work, for a plan: not weekends, not Vietnam's public holidays ({@link
 * PublicHolidays}), and not the extra days off the plan names (a bridging day a year's decision
 * gives, a province's own day). The one place working days are counted: reporting deadlines, the
 * reminder before them, and the silence a no-data alert waits out all ask it.
 */
public final class WorkingDays {

  private static final WorkingDays NATIONAL = new WorkingDays(Map.of());

  /**
   * One calendar per set of extra days: a plan's is asked for on every value judged, and the few
   * plans that name days off share theirs instead of sorting them again each time.
   */
  private static final Map<Map<LocalDate, String>, WorkingDays> WITH_EXTRA =
      new ConcurrentHashMap<>();

  private final NavigableMap<LocalDate, Holiday> extra;

  private WorkingDays(Map<LocalDate, String> extra) {
    TreeMap<LocalDate, Holiday> days = new TreeMap<>();
    extra.forEach((day, name) -> days.put(day, new Holiday(day, name, false, HolidayKind.EXTRA)));
    this.extra = Collections.unmodifiableNavigableMap(days);
  }

  /** The public holidays alone. */
  public static WorkingDays national() {
    return NATIONAL;
  }

  /** The public holidays and {@code extra}, each day with its name. */
  public static WorkingDays with(Map<LocalDate, String> extra) {
    if (extra.isEmpty()) {
      return NATIONAL;
    }
    WorkingDays known = WITH_EXTRA.get(extra);
    // The key is a copy, so a caller's map changed later cannot change what it stands for.
    return known != null ? known : WITH_EXTRA.computeIfAbsent(Map.copyOf(extra), WorkingDays::new);
  }

  /** The day off on {@code day}: a public holiday first, else an extra day. */
  public Optional<Holiday> dayOff(LocalDate day) {
    return PublicHolidays.on(day).or(() -> Optional.ofNullable(extra.get(day)));
  }

  /** Whether {@code day} is a holiday, a substitute for one, or an extra day off. */
  public boolean isDayOff(LocalDate day) {
    return dayOff(day).isPresent();
  }

  /** Whether offices work on {@code day}: not a Saturday, Sunday or day off. */
  public boolean isWorkingDay(LocalDate day) {
    return !PublicHolidays.isWeekend(day) && !isDayOff(day);
  }

  /** The first working day on or after {@code day}. */
  public LocalDate onOrAfter(LocalDate day) {
    LocalDate next = day;
    while (!isWorkingDay(next)) {
      next = next.plusDays(1);
    }
    return next;
  }

  /** The working day {@code count} working days before {@code day}. */
  public LocalDate workingDaysBefore(LocalDate day, int count) {
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
   * The day {@code cadence} after {@code from}, a day later for every day off in between: when a
   * unit heard of on {@code from} is next due to report.
   */
  public LocalDate after(LocalDate from, Period cadence) {
    LocalDate due = from.plus(cadence);
    long counted = 0;
    long daysOff = daysOffBetween(from, due);
    // Each day added for a day off may itself reach another: until the count stops growing.
    while (daysOff > counted) {
      due = due.plusDays(daysOff - counted);
      counted = daysOff;
      daysOff = daysOffBetween(from, due);
    }
    return due;
  }

  /** Days off after {@code from}, up to and including {@code to}. */
  private long daysOffBetween(LocalDate from, LocalDate to) {
    long count = 0;
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      count +=
          PublicHolidays.of(year).stream()
              .filter(holiday -> holiday.date().isAfter(from) && !holiday.date().isAfter(to))
              .count();
    }
    // An extra day that is a public holiday as well is one day off, counted above.
    return count
        + extra.subMap(from, false, to, true).keySet().stream()
            .filter(day -> !PublicHolidays.isHoliday(day))
            .count();
  }
}
