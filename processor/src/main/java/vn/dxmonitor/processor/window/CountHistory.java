package vn.dxmonitor.processor.window;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The counts of one unit and indicator over time: by day for the days a trailing window or a late
 * event can still reach, and by period (see {@link PeriodStarts}: a month, or its part from a
 * plan's start) for every sum to date. Each event's counts go into both, so the two never disagree.
 */
public final class CountHistory {

  private final TreeMap<LocalDate, Counts> days;
  private final TreeMap<LocalDate, Counts> periods;

  public CountHistory() {
    this(new TreeMap<>(), new TreeMap<>());
  }

  public CountHistory(TreeMap<LocalDate, Counts> days, TreeMap<LocalDate, Counts> periods) {
    this.days = days;
    this.periods = periods;
  }

  /**
   * @param periodStart the start of the period holding {@code day}
   */
  public void add(LocalDate day, LocalDate periodStart, Counts counts) {
    days.merge(day, counts, Counts::plus);
    periods.merge(periodStart, counts, Counts::plus);
  }

  /** Drops the daily counts before {@code day}; their periods keep them. */
  public void forgetDaysBefore(LocalDate day) {
    days.headMap(day).clear();
  }

  /**
   * Folds the periods that began before {@code before} into the lasting period holding them (a
   * year's first day or a plan's start), so a unit's state keeps a dozen sums for the recent months
   * and one a year before them instead of one a month forever. Every sum from a lasting start stays
   * exact; sums from a folded month's first are no longer asked for.
   */
  public void foldPeriodsBefore(LocalDate before, PeriodStarts starts) {
    LocalDate into = null;
    for (LocalDate start : new ArrayList<>(periods.headMap(before).keySet())) {
      if (starts.isLastingStart(start) || into == null) {
        into = start;
      } else {
        periods.merge(into, periods.remove(start), Counts::plus);
      }
    }
  }

  /**
   * Moves each day still kept daily out of the longer period an earlier layout summed it into (a
   * year's, from its first day or a plan's start) into its month's, so that after an upgrade the
   * month and quarter to date hold every day still kept; only the days already forgotten stay in
   * the year's sum. A plan's start later in the month keeps its own period, as {@link
   * PeriodStarts#periodOf} would.
   */
  public void splitKeptDaysIntoMonths() {
    // The periods as the earlier layout left them: a month made here is not where a day was held
    TreeSet<LocalDate> before = new TreeSet<>(periods.keySet());
    for (Map.Entry<LocalDate, Counts> day : days.entrySet()) {
      LocalDate held = before.floor(day.getKey());
      if (held == null) {
        continue;
      }
      LocalDate month = day.getKey().withDayOfMonth(1);
      LocalDate period = month.isAfter(held) ? month : held;
      if (!period.equals(held)) {
        Counts counts = day.getValue();
        Counts rest =
            new Counts(
                periods.getOrDefault(held, Counts.NONE).numerator() - counts.numerator(),
                periods.getOrDefault(held, Counts.NONE).denominator() - counts.denominator());
        if (rest.equals(Counts.NONE)) {
          periods.remove(held);
        } else {
          periods.put(held, rest);
        }
        periods.merge(period, counts, Counts::plus);
      }
    }
  }

  /** The sum over the {@code length} days ending with {@code end}, {@code end} included. */
  public Counts window(LocalDate end, int length) {
    Counts sum = Counts.NONE;
    for (Counts counts : days.subMap(end.minusDays(length - 1L), true, end, true).values()) {
      sum = sum.plus(counts);
    }
    return sum;
  }

  /**
   * Everything counted from {@code from} on: a to-date sum. Exact when {@code from} starts a period
   * — the first of a month or a plan's start, as {@link PeriodStarts} knew them when the counts
   * came in.
   */
  public Counts since(LocalDate from) {
    Counts sum = Counts.NONE;
    for (Counts counts : periods.tailMap(from, true).values()) {
      sum = sum.plus(counts);
    }
    return sum;
  }

  /**
   * Everything counted from {@code from} to {@code to}, both included: a to-date sum as it stood at
   * the end of {@code to}. Exact when {@code from} starts a period and no day after {@code to} has
   * been forgotten yet, which holds for every day a window or a late event can still reach.
   */
  public Counts between(LocalDate from, LocalDate to) {
    Counts sum = since(from);
    for (Counts later : days.tailMap(to, false).values()) {
      sum =
          new Counts(sum.numerator() - later.numerator(), sum.denominator() - later.denominator());
    }
    return sum;
  }

  public NavigableMap<LocalDate, Counts> days() {
    return Collections.unmodifiableNavigableMap(days);
  }

  public Map<LocalDate, Counts> periods() {
    return Collections.unmodifiableMap(periods);
  }
}
