package vn.dxmonitor.dashboard.catalog;

import vn.dxmonitor.model.catalog.Plan;
import vn.dxmonitor.model.unit.UnitRegistry;

/** A plan as the catalog page lists it. */
public record PlanRow(
    String id, String name, String province, String source, String issuedAt, int targets) {

  static PlanRow of(Plan plan, int targets, UnitRegistry units) {
    return new PlanRow(
        plan.id(),
        plan.name(),
        CatalogPage.unitName(plan.province(), units),
        plan.source() == null ? "" : plan.source(),
        plan.issuedAt() == null ? "" : plan.issuedAt().toString(),
        targets);
  }
}
