package vn.dxmonitor.dashboard.api;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dxmonitor.dashboard.search.IndicatorValueSearch;
import vn.dxmonitor.dashboard.status.ValueTable;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitRegistry;

/**
 * A unit's current standing on every indicator of the catalog. Named for the dashboard because in
 * the platform every service's beans share one context.
 */
@RestController("dashboardStatusController")
public class StatusController {

  private final UnitRegistry units;
  private final Catalog catalog;
  private final IndicatorValueSearch search;

  public StatusController(UnitRegistry units, Catalog catalog, IndicatorValueSearch search) {
    this.units = units;
    this.catalog = catalog;
    this.search = search;
  }

  /** The parameter is checked here rather than by Spring, so that its problem names it alike. */
  @GetMapping("/api/v1/status")
  public List<StatusEntry> status(@RequestParam(name = "unit", required = false) String code) {
    Unit unit = requireUnit(code);
    List<String> indicators = catalog.indicators().stream().map(Indicator::id).toList();
    ValueTable values = ValueTable.of(search.forUnits(List.of(unit.code()), indicators));
    return StatusReport.of(unit.code(), catalog.indicators(), values);
  }

  private Unit requireUnit(String code) {
    if (code == null || code.isBlank()) {
      throw ApiException.missing("unit");
    }
    return units
        .find(code)
        .orElseThrow(
            () ->
                new ApiException(
                    ErrorCode.UNKNOWN_UNIT,
                    "unit",
                    "query parameter 'unit' must be a unit code of the registry, but was '"
                        + code
                        + "'"));
  }
}
