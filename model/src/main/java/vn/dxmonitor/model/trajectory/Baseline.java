package vn.dxmonitor.model.trajectory;

import java.time.LocalDate;
import java.util.Objects;

/** Where a unit started: by default the first value observed at or after its plan's start. */
public record Baseline(LocalDate date, double value) {

  public Baseline {
    Objects.requireNonNull(date, "date");
  }
}
