package vn.dxmonitor.processor.aggregate;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.Plan;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitHistory;

/**
 * The target that governs a unit's indicator on a day, and its plan's start: where a counter and a
 * plan-period-to-date sum begin. The target is {@link Catalog#governingTarget}'s in the catalog in
 * force that day, the one every reader of the value judges it against.
 *
 * <p>Finding the target goes through every target of the catalog, and every published value needs
 * it, so the answers are remembered per catalog, unit, indicator and day for as long as the
 * catalogs asked about and the unit registry are the same objects; a replaced registry, or more
 * catalogs than a few days' worth, starts afresh.
 */
final class GoverningPlan {

  /** Enough for every key of the country for a few days; beyond it the memory starts afresh. */
  private static final int MAX_REMEMBERED = 500_000;

  /** Today's catalog and those of the past days a late event corrects, between two changes. */
  private static final int MAX_CATALOGS = 8;

  private static volatile Memory memory = new Memory(null);

  private GoverningPlan() {}

  /**
   * @param catalog the catalog in force on {@code day}
   */
  static Optional<Target> target(
      Catalog catalog, UnitHistory units, Unit unit, String indicator, LocalDate day) {
    Memory remembered = memory;
    if (remembered.units() != units) {
      remembered = new Memory(units);
      memory = remembered;
    }
    Map<String, Optional<Target>> targets = remembered.of(catalog);
    if (targets.size() > MAX_REMEMBERED) {
      targets.clear();
    }
    String key = unit.code() + '|' + unit.level().id() + '|' + indicator + '|' + day;
    return targets.computeIfAbsent(key, k -> catalog.governingTarget(indicator, unit, units, day));
  }

  static Optional<LocalDate> start(Catalog catalog, Optional<Target> target) {
    return target.flatMap(t -> catalog.plan(t.planId())).map(Plan::start);
  }

  // A catalog is equal only to itself, so the catalogs are told apart by identity.
  private record Memory(UnitHistory units, Map<Catalog, Map<String, Optional<Target>>> byCatalog) {

    Memory(UnitHistory units) {
      this(units, new ConcurrentHashMap<>());
    }

    Map<String, Optional<Target>> of(Catalog catalog) {
      if (byCatalog.size() >= MAX_CATALOGS && !byCatalog.containsKey(catalog)) {
        byCatalog.clear();
      }
      return byCatalog.computeIfAbsent(catalog, c -> new ConcurrentHashMap<>());
    }
  }
}
