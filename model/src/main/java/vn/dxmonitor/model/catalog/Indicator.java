package vn.dxmonitor.model.catalog;

import java.util.Objects;

/**
 * A measured quantity (chỉ số). {@code windowDays} is the trailing window whose value is compared
 * with a target's trajectory.
 */
public record Indicator(
    String id,
    String nameVi,
    String nameEn,
    Pillar pillar,
    IndicatorKind kind,
    String unitOfMeasure,
    int windowDays) {

  public Indicator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    if (windowDays <= 0) {
      throw new IllegalArgumentException("windowDays must be > 0, but was " + windowDays);
    }
  }
}
