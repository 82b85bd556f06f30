package vn.dxmonitor.model.trajectory;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.dxmonitor.model.catalog.Target;

/**
 * Decides a status from an actual value, a target and its trajectory. Pure: the same inputs always
 * give the same assessment, so a past date can be replayed for a review.
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
    return assess(target, trajectory, actual, asOf, java.util.List.of());
  }

  /**
   * @param recent the unit's recent daily values, for the projection to the deadline
   */
  public Assessment assess(
      Target target,
      Trajectory trajectory,
      Double actual,
      LocalDate asOf,
      java.util.List<Projection.DailyValue> recent) {
    double expected = trajectory.expectedAt(asOf);
    java.util.OptionalDouble projection = Projection.atDeadline(recent, target.deadline());
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
        target, status(target, actual, gap, asOf), expected, gap, daysBehind, projected);
  }

  private Status status(Target target, double actual, double gap, LocalDate asOf) {
    if (target.isMetBy(actual)) {
      return Status.ACHIEVED;
    }
    if (asOf.isAfter(target.deadline())) {
      return Status.MISSED;
    }
    if (gap >= 0) {
      return Status.ON_TRACK;
    }
    double allowed = target.tolerance() != null ? target.tolerance() : tolerance;
    return gap >= -allowed ? Status.AT_RISK : Status.BEHIND;
  }
}
