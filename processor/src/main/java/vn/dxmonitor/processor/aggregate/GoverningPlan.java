package vn.dxmonitor.processor.aggregate;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.catalog.Plan;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitHistory;

/**
 * The target that governs a unit's indicator on a day, and its plan's start: where a counter and a
 * plan-period-to-date sum begin.
 *
 * <p>Finding the target goes through every target of the catalog, and every published value needs
 * it, so the answers are remembered per unit, indicator and day for as long as the catalog and the
 * unit registry are the same objects; a replaced catalog or registry starts afresh.
 */
final class GoverningPlan {

  /** Enough for every key of the country for a few days; beyond it the memory starts afresh. */
  private static final int MAX_REMEMBERED = 500_000;

  private static volatile Memory memory = new Memory(null, null);

  private GoverningPlan() {}

  static Optional<Target> target(
      CatalogSource catalog, Unit unit, String indicator, LocalDate day) {
    Catalog current = catalog.catalog();
    UnitHistory units = catalog.units();
    Memory remembered = memory;
    if (remembered.catalog() != current || remembered.units() != units) {
      remembered = new Memory(current, units);
      memory = remembered;
    } else if (remembered.targets().size() > MAX_REMEMBERED) {
      remembered.targets().clear();
    }
    String key = unit.code() + '|' + unit.level().id() + '|' + indicator + '|' + day;
    return remembered
        .targets()
        .computeIfAbsent(key, k -> current.governingTarget(indicator, unit, units, day));
  }

  static Optional<LocalDate> start(Catalog catalog, Optional<Target> target) {
    return target.flatMap(t -> catalog.plan(t.planId())).map(Plan::start);
  }

  private record Memory(Catalog catalog, UnitHistory units, Map<String, Optional<Target>> targets) {

    Memory(Catalog catalog, UnitHistory units) {
      this(catalog, units, new ConcurrentHashMap<>());
    }
  }
}
