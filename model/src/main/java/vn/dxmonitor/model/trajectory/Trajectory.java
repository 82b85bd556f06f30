package vn.dxmonitor.model.trajectory;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The expected value over time: piecewise-linear (or a step) through its points, flat before the
 * first and after the last. Points are in strictly increasing date order.
 */
public record Trajectory(List<TrajectoryPoint> points, Curve curve) {

  public Trajectory(List<TrajectoryPoint> points) {
    this(points, Curve.LINEAR);
  }

  public Trajectory {
    java.util.Objects.requireNonNull(curve, "curve");
    points = List.copyOf(points);
    if (points.isEmpty()) {
      throw new IllegalArgumentException("a trajectory needs at least one point");
    }
    for (int i = 1; i < points.size(); i++) {
      if (!points.get(i).date().isAfter(points.get(i - 1).date())) {
        throw new IllegalArgumentException(
            "trajectory points must have increasing dates, but "
                + points.get(i).date()
                + " follows "
                + points.get(i - 1).date());
      }
    }
  }

  public TrajectoryPoint first() {
    return points.get(0);
  }

  public TrajectoryPoint last() {
    return points.get(points.size() - 1);
  }

  public double expectedAt(LocalDate date) {
    if (!date.isAfter(first().date())) {
      return first().value();
    }
    for (int i = 1; i < points.size(); i++) {
      TrajectoryPoint to = points.get(i);
      if (curve == Curve.STEP && date.isBefore(to.date())) {
        return points.get(i - 1).value();
      }
      if (!date.isAfter(to.date())) {
        return curve == Curve.STEP ? to.value() : interpolate(points.get(i - 1), to, date);
      }
    }
    return last().value();
  }

  /**
   * The latest date not after {@code asOf} on which the trajectory expected no more than {@code
   * actual} (no less, when lower is better): how far back in time the unit's value was the plan.
   * Empty when the trajectory never expected so little.
   */
  public Optional<LocalDate> lastDateExpecting(
      double actual, LocalDate asOf, boolean higherIsBetter) {
    double sign = higherIsBetter ? 1 : -1;
    double reached = sign * actual;
    if (!asOf.isAfter(first().date())) {
      return sign * first().value() <= reached ? Optional.of(asOf) : Optional.empty();
    }
    if (sign * expectedAt(asOf) <= reached) {
      return Optional.of(asOf);
    }
    if (curve == Curve.STEP) {
      return lastStepExpecting(reached, sign, asOf);
    }
    for (int i = segmentEnding(asOf); i >= 1; i--) {
      TrajectoryPoint from = points.get(i - 1);
      TrajectoryPoint to = points.get(i);
      LocalDate end = asOf.isBefore(to.date()) ? asOf : to.date();
      double endValue = sign * expectedAt(end);
      if (endValue <= reached) {
        return Optional.of(end);
      }
      double startValue = sign * from.value();
      if (startValue <= reached) {
        double fraction = (reached - startValue) / (endValue - startValue);
        long days = ChronoUnit.DAYS.between(from.date(), end);
        return Optional.of(from.date().plusDays((long) Math.floor(fraction * days)));
      }
    }
    return Optional.empty();
  }

  /** On a step curve the value stood at point i from its date to the day before point i + 1. */
  private Optional<LocalDate> lastStepExpecting(double reached, double sign, LocalDate asOf) {
    for (int i = segmentEnding(asOf) - 1; i >= 0; i--) {
      LocalDate stepEnd = points.get(i + 1).date().minusDays(1);
      if (!stepEnd.isAfter(asOf) && sign * points.get(i).value() <= reached) {
        return Optional.of(stepEnd);
      }
    }
    return Optional.empty();
  }

  private int segmentEnding(LocalDate asOf) {
    for (int i = 1; i < points.size(); i++) {
      if (!asOf.isAfter(points.get(i).date())) {
        return i;
      }
    }
    return points.size() - 1;
  }

  private static double interpolate(TrajectoryPoint from, TrajectoryPoint to, LocalDate date) {
    double span = ChronoUnit.DAYS.between(from.date(), to.date());
    double elapsed = ChronoUnit.DAYS.between(from.date(), date);
    return from.value() + (to.value() - from.value()) * (elapsed / span);
  }
}
