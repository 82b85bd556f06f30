package vn.dxmonitor.dashboard.page;

import java.time.LocalDate;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.scorecard.ScorecardSource;
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
 * @param scorecards the official indices' scorecards, which name what a score alert is about
 */
public record PageContext(
    PageText text,
    LocalDate today,
    LocalDate day,
    Catalog catalog,
    UnitRegistry units,
    UnitHistory history,
    Unit root,
    ScorecardSource scorecards) {

  /**
   * The context of a page about {@code root} on {@code day}: the catalog in force that day, which
   * every status of the day is judged against, and the registry as it stands today.
   *
   * @param units today's registry, which {@code root} was found in
   */
  public static PageContext of(
      PageText text,
      CatalogSource source,
      LocalDate today,
      LocalDate day,
      UnitRegistry units,
      Unit root,
      ScorecardSource scorecards) {
    return new PageContext(
        text, today, day, source.catalogOn(day), units, source.units(), root, scorecards);
  }

  public boolean isPast() {
    return day.isBefore(today);
  }
}
