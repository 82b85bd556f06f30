package vn.dxmonitor.model.trajectory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.unit.UnitRegistry;

/**
 * Puts a unit's value for an indicator against the target that governs it on a date. Empty when no
 * plan sets a target for the unit's level.
 */
public final class StatusEvaluator {

  private final CatalogSource source;
  private final TargetAssessor assessor;

  public StatusEvaluator(CatalogSource source, TargetAssessor assessor) {
    this.source = source;
    this.assessor = assessor;
  }

  /** An evaluator over a catalog and units that never change. */
  public StatusEvaluator(Catalog catalog, UnitRegistry units, TargetAssessor assessor) {
    this(CatalogSource.fixed(catalog, UnitHistory.timeless(units)), assessor);
  }

  public Optional<Assessment> evaluate(
      Unit unit, String indicatorId, Double actual, Baseline baseline, LocalDate asOf) {
    Catalog catalog = source.catalog();
    Optional<Target> target = catalog.governingTarget(indicatorId, unit, source.units(), asOf);
    return target.map(t -> assess(catalog, t, actual, baseline, asOf, List.of()));
  }

  /** The unit's standing against one given target, as in a review of that target. */
  public Assessment assess(
      Catalog catalog,
      Target target,
      Double actual,
      Baseline baseline,
      LocalDate asOf,
      List<Projection.DailyValue> recent) {
    return assess(catalog, target, actual, baseline, asOf, recent, null);
  }

  /**
   * As {@link #assess(Catalog, Target, Double, Baseline, LocalDate, List)}, with the daily counts
   * behind a ratio-of-counts value, which can make the status {@link Status#UNREACHABLE}.
   *
   * @param counts null when the caller has no daily counts
   */
  public Assessment assess(
      Catalog catalog,
      Target target,
      Double actual,
      Baseline baseline,
      LocalDate asOf,
      List<Projection.DailyValue> recent,
      WindowCounts counts) {
    return assessor.assess(
        target, catalog.trajectory(target, baseline), actual, asOf, recent, counts);
  }
}
