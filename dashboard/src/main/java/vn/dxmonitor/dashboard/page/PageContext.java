package vn.dxmonitor.dashboard.page;

import java.time.LocalDate;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.unit.UnitRegistry;

/**
 * What a page about a unit is rendered from: the reader's texts, today in Vietnam, the day shown,
 * the catalog as it stood that day, today's registry (history is shown under today's units), and
 * the unit asked for.
 *
 * @param day the day the page shows: today, or a past day picked for a review
 * @param history the registry through time, for the targets that follow units across the reform
 */
public record PageContext(
    PageText text,
    LocalDate today,
    LocalDate day,
    Catalog catalog,
    UnitRegistry units,
    UnitHistory history,
    Unit root) {

  public boolean isPast() {
    return day.isBefore(today);
  }
}
