package vn.dxmonitor.dashboard.catalog;

import vn.dxmonitor.model.catalog.Plan;
import vn.dxmonitor.model.unit.UnitRegistry;

/** A plan as the catalog page lists it, with the units it was issued for. */
public record PlanRow(
    String id, String name, String province, String source, String issuedAt, int targets) {

  static PlanRow of(Plan plan, int targets, UnitRegistry units) {
    return new PlanRow(
        plan.id(),
        plan.name(),
        plan.issuedFor().isEmpty()
            ? plan.province()
            : plan.issuedFor().stream()
                .sorted()
                .map(code -> CatalogPage.unitName(code, units))
                .collect(java.util.stream.Collectors.joining(", ")),
        plan.source() == null ? "" : plan.source(),
        plan.issuedAt() == null ? "" : plan.issuedAt().toString(),
        targets);
  }
}
