package vn.dxmonitor.model.catalog;

import java.util.Arrays;
import java.util.Optional;

/** How an indicator's events become a value and roll up (DESIGN.md, indicator semantics). */
public enum IndicatorKind {
  RATIO_OF_COUNTS("ratio-of-counts"),
  MEASUREMENT("measurement"),
  COUNTER("counter"),
  COVERAGE("coverage");

  private final String id;

  IndicatorKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<IndicatorKind> fromId(String id) {
    return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
  }
}
