package vn.dxmonitor.model.status;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalDouble;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.trajectory.PeriodToDate;
import vn.dxmonitor.model.trajectory.Projection;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.model.trajectory.Trajectory;
import vn.dxmonitor.model.trajectory.WindowCounts;

/**
 * Decides a status from an actual value, a target and its trajectory: the maths behind {@link
 * vn.dxmonitor.model.status.StatusJudge}, which decides what the actual value is (silence), which
 * baseline the trajectory starts from and which daily counts bound a ratio, and through which every
 * reader of a status judges it. Pure: the same inputs always give the same assessment.
 *
 * <p>In order: {@code NO_DATA} without a value; {@code ACHIEVED} when the value meets the target;
 * {@code MISSED} after the deadline; {@code UNREACHABLE} when the daily counts of a ratio show that
 * its window cannot meet the target on the deadline (see {@link #assess(Target, Trajectory, Double,
 * LocalDate, List, WindowCounts)}); then {@code ON_TRACK}, {@code AT_RISK} or {@code BEHIND} by the
 * gap to the trajectory.
 */
public final class TargetAssessor {

  /** Percentage points below the trajectory that still count as at risk rather than behind. */
  public static final double DEFAULT_TOLERANCE = 2.0;

  private final double tolerance;

  public TargetAssessor(double tolerance) {
    if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
      throw new IllegalArgumentException(
          "tolerance must be a finite value ≥ 0, but was " + tolerance);
    }
    this.tolerance = tolerance;
  }

  public TargetAssessor() {
    this(DEFAULT_TOLERANCE);
  }

  /**
   * @param actual the unit's value for the target's window, or null when it has reported nothing
   */
  public Assessment assess(Target target, Trajectory trajectory, Double actual, LocalDate asOf) {
    return assess(target, trajectory, actual, asOf, List.of());
  }

  /**
   * @param recent the unit's recent daily values, for the projection to the deadline
   */
  public Assessment assess(
      Target target,
      Trajectory trajectory,
      Double actual,
      LocalDate asOf,
      List<Projection.DailyValue> recent) {
    return assess(target, trajectory, actual, asOf, recent, null);
  }

  /**
   * The assessment, {@code UNREACHABLE} included. A ratio-of-counts value is a percentage over a
   * trailing window of W days; on a date d days before the deadline with d + 1 &lt; W, the window
   * that ends on the deadline still holds the closed days from {@code deadline − W + 1} to the day
   * before {@code asOf}, which are already counted. Give the remaining d + 1 days (today included,
   * still open) the same volume per day as those closed days, every event of it a success (none,
   * where lower is better): if even that window fails the target, the target is {@code
   * UNREACHABLE}. Nothing is concluded without such closed days, without volume in them, on or
   * after the deadline, or without {@code counts}.
   *
   * @param counts the daily counts behind {@code actual}, for a ratio-of-counts indicator; null
   *     when the caller has none, which never gives {@code UNREACHABLE}
   */
  public Assessment assess(
      Target target,
      Trajectory trajectory,
      Double actual,
      LocalDate asOf,
      List<Projection.DailyValue> recent,
      WindowCounts counts) {
    double expected = trajectory.expectedAt(asOf);
    OptionalDouble projection = Projection.atDeadline(recent, target.deadline());
    Double projected = projection.isPresent() ? projection.getAsDouble() : null;
    if (actual == null) {
      return new Assessment(target, Status.NO_DATA, expected, null, null, projected);
    }
    boolean higherIsBetter = target.comparator().higherIsBetter();
    double gap = higherIsBetter ? actual - expected : expected - actual;
    Long daysBehind =
        gap >= 0
            ? Long.valueOf(0)
            : trajectory
                .lastDateExpecting(actual, asOf, higherIsBetter)
                .map(date -> ChronoUnit.DAYS.between(date, asOf))
                .orElse(null);
    return new Assessment(
        target, status(target, actual, gap, asOf, counts), expected, gap, daysBehind, projected);
  }

  private Status status(
      Target target, double actual, double gap, LocalDate asOf, WindowCounts counts) {
    if (target.isMetBy(actual)) {
      return Status.ACHIEVED;
    }
    if (asOf.isAfter(target.deadline())) {
      return Status.MISSED;
    }
    if (counts != null && cannotReach(target, asOf, counts)) {
      return Status.UNREACHABLE;
    }
    if (gap >= 0) {
      return Status.ON_TRACK;
    }
    double allowed = target.tolerance() != null ? target.tolerance() : tolerance;
    return gap >= -allowed ? Status.AT_RISK : Status.BEHIND;
  }

  /** Whether the window ending on the deadline fails the target even at the best remaining rate. */
  private static boolean cannotReach(Target target, LocalDate asOf, WindowCounts counts) {
    long remainingDays = ChronoUnit.DAYS.between(asOf, target.deadline()) + 1;
    long closedDays = counts.windowDays() - remainingDays;
    if (remainingDays <= 0 || closedDays <= 0) {
      return false;
    }
    LocalDate windowStart = target.deadline().minusDays(counts.windowDays() - 1L);
    WindowCounts.DayCounts closed = counts.between(windowStart, asOf.minusDays(1));
    double best =
        PeriodToDate.bestShare(
            closed.numerator(),
            closed.denominator(),
            closedDays,
            remainingDays,
            target.comparator().higherIsBetter());
    return !Double.isNaN(best) && !target.isMetBy(best);
  }
}
