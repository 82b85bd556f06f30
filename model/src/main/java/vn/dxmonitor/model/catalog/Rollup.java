package vn.dxmonitor.model.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a parent unit's value follows from its children's (DESIGN.md, indicator semantics). There is
 * no weighted mean: no weight is known for a unit's figure, so a catalog naming one is refused.
 */
public enum Rollup {
  /** Numerators, denominators or counts are summed: a ratio of sums, never a mean of ratios. */
  SUM("sum"),
  /** Recomputed from the children's states (coverage: share of children compliant). */
  RECOMPUTE("recompute"),
  /** Not rolled up: the figure is reported for the unit itself (a province-wide share). */
  NONE("none");

  private final String id;

  Rollup(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Rollup> fromId(String id) {
    return Arrays.stream(values()).filter(rollup -> rollup.id.equals(id)).findFirst();
  }
}
