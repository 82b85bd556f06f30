package vn.dxmonitor.model.trajectory;

import java.time.LocalDate;
import java.util.Optional;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitRegistry;

/**
 * Puts a unit's value for an indicator against the target that governs it on a date. Empty when no
 * plan sets a target for the unit's level.
 */
public final class StatusEvaluator {

  private final Catalog catalog;
  private final UnitRegistry units;
  private final TargetAssessor assessor;

  public StatusEvaluator(Catalog catalog, UnitRegistry units, TargetAssessor assessor) {
    this.catalog = catalog;
    this.units = units;
    this.assessor = assessor;
  }

  public Optional<Assessment> evaluate(
      Unit unit, String indicatorId, Double actual, Baseline baseline, LocalDate asOf) {
    Optional<Target> target = catalog.governingTarget(indicatorId, unit, units, asOf);
    return target.map(t -> assessor.assess(t, catalog.trajectory(t, baseline), actual, asOf));
  }
}
