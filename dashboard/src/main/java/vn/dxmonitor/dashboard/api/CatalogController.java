package vn.dxmonitor.dashboard.api;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.unit.UnitRegistry;

/**
 * The units and indicators the platform knows, for clients that label what they show. Named for the
 * dashboard because in the platform every service's beans share one context.
 */
@RestController("dashboardCatalogController")
public class CatalogController {

  private final UnitRegistry units;
  private final Catalog catalog;

  public CatalogController(UnitRegistry units, Catalog catalog) {
    this.units = units;
    this.catalog = catalog;
  }

  @GetMapping("/api/v1/units")
  public List<UnitView> units() {
    return units.all().stream().map(UnitView::of).toList();
  }

  @GetMapping("/api/v1/indicators")
  public List<IndicatorView> indicators() {
    return catalog.indicators().stream().map(IndicatorView::of).toList();
  }
}
