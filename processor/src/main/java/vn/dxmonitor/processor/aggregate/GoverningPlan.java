package vn.dxmonitor.processor.aggregate;

import java.time.LocalDate;
import java.util.Optional;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.catalog.Plan;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.unit.Unit;

/**
 * The target that governs a unit's indicator on a day, and its plan's start: where a counter and a
 * plan-period-to-date sum begin.
 */
final class GoverningPlan {

  private GoverningPlan() {}

  static Optional<Target> target(
      CatalogSource catalog, Unit unit, String indicator, LocalDate day) {
    return catalog.catalog().governingTarget(indicator, unit, catalog.units(), day);
  }

  static Optional<LocalDate> start(Catalog catalog, Optional<Target> target) {
    return target.flatMap(t -> catalog.plan(t.planId())).map(Plan::start);
  }
}
