package vn.dxmonitor.dashboard.page;

import java.time.LocalDate;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.unit.UnitRegistry;

/**
 * What a page about a province is rendered from: the reader's texts, today in Vietnam, the catalog
 * and the registry as they are today, and the province asked for.
 *
 * @param history the registry through time, for the targets that follow units across the reform
 */
public record PageContext(
    PageText text,
    LocalDate today,
    Catalog catalog,
    UnitRegistry units,
    UnitHistory history,
    Unit root) {}
