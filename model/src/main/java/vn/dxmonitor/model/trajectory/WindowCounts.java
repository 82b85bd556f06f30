package vn.dxmonitor.model.trajectory;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The daily counts behind a ratio-of-counts value over its trailing window of {@code windowDays}.
 * The days of them that a window ending on a target's deadline still holds bound the value that
 * window can reach, which is how {@link vn.dxmonitor.model.status.TargetAssessor} tells an {@link
 * Status#UNREACHABLE} target. The processor keeps daily counts and publishes them with a ratio's
 * value, so every reader of the value can judge it alike; without them nothing is concluded.
 *
 * @param days numerator and denominator by day; days without counts may be left out
 */
public record WindowCounts(int windowDays, NavigableMap<LocalDate, DayCounts> days) {

  /** What one day counted: the numerator's events of the denominator's. */
  public record DayCounts(long numerator, long denominator) {

    public static final DayCounts NONE = new DayCounts(0, 0);

    public DayCounts {
      if (numerator < 0 || denominator < numerator) {
        throw new IllegalArgumentException(
            "counts must be 0 ≤ numerator ≤ denominator, but were "
                + numerator
                + " of "
                + denominator);
      }
    }

    DayCounts plus(DayCounts other) {
      return new DayCounts(numerator + other.numerator, denominator + other.denominator);
    }
  }

  public WindowCounts {
    if (windowDays <= 0) {
      throw new IllegalArgumentException("windowDays must be > 0, but was " + windowDays);
    }
    Objects.requireNonNull(days, "days");
    days = Collections.unmodifiableNavigableMap(new TreeMap<>(days));
  }

  /** The counts of the days from {@code from} to {@code to}, both included. */
  public DayCounts between(LocalDate from, LocalDate to) {
    DayCounts sum = DayCounts.NONE;
    if (to.isBefore(from)) {
      return sum;
    }
    for (Map.Entry<LocalDate, DayCounts> day : days.subMap(from, true, to, true).entrySet()) {
      sum = sum.plus(day.getValue());
    }
    return sum;
  }
}
