package vn.dxmonitor.model.catalog;

import java.time.Duration;
import java.time.Period;
import java.util.Objects;

/**
 * A measured quantity (chỉ số).
 *
 * @param windowDays the trailing window whose value is compared with a target's trajectory, for
 *     ratio-of-counts; 0 for kinds that are not windowed (a measurement's latest report, a counter
 *     since the plan's start, a coverage's current state)
 * @param cadence how often a unit is expected to report; silence beyond it is "no data"
 * @param lowerIsBetter true for ranks
 * @param numerator what the numerator counts (Vietnamese), for ratio-of-counts and coverage
 * @param denominator what the denominator counts (Vietnamese)
 * @param revisionWindow how long after it happened a figure may still be sent, revised or
 *     retracted; null for the default of the indicator's kind and cadence ({@link
 *     vn.dxmonitor.model.event.RevisionWindows})
 */
public record Indicator(
    String id,
    String nameVi,
    String nameEn,
    Pillar pillar,
    IndicatorKind kind,
    String unitOfMeasure,
    int windowDays,
    Period cadence,
    Rollup rollup,
    boolean lowerIsBetter,
    String numerator,
    String denominator,
    Duration revisionWindow) {

  public Indicator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(cadence, "cadence");
    Objects.requireNonNull(rollup, "rollup");
    if (windowDays < 0 || (kind == IndicatorKind.RATIO_OF_COUNTS && windowDays == 0)) {
      throw new IllegalArgumentException(
          "windowDays of "
              + id
              + " must be > 0 for ratio-of-counts and ≥ 0 otherwise, but was "
              + windowDays);
    }
    if (revisionWindow != null && (revisionWindow.isNegative() || revisionWindow.isZero())) {
      throw new IllegalArgumentException(
          "revisionWindow of " + id + " must be positive, but was " + revisionWindow);
    }
  }

  /** A ratio-of-counts indicator over a trailing window, rolled up by sums. */
  public static Indicator ratio(
      String id, String nameVi, String nameEn, Pillar pillar, int windowDays) {
    return new Indicator(
        id,
        nameVi,
        nameEn,
        pillar,
        IndicatorKind.RATIO_OF_COUNTS,
        "percent",
        windowDays,
        Period.ofDays(7),
        Rollup.SUM,
        false,
        null,
        null,
        null);
  }
}
