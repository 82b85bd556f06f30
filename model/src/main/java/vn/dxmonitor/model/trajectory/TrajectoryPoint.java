package vn.dxmonitor.model.trajectory;

import java.time.LocalDate;
import java.util.Objects;

/** A value the trajectory passes through on a date: the baseline, a milestone or the target. */
public record TrajectoryPoint(LocalDate date, double value) {

  public TrajectoryPoint {
    Objects.requireNonNull(date, "date");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value must be finite, but was " + value);
    }
  }
}
