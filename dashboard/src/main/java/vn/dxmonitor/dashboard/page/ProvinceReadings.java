package vn.dxmonitor.dashboard.page;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.dxmonitor.dashboard.search.AlertQuery;
import vn.dxmonitor.dashboard.search.AlertSearch;
import vn.dxmonitor.dashboard.search.IndicatorValueSearch;
import vn.dxmonitor.dashboard.search.SearchUnavailableException;
import vn.dxmonitor.dashboard.settings.DashboardProperties;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.value.IndicatorValue;

/**
 * What a page about a province reads from Elasticsearch: the values of the units it shows and the
 * alerts firing in the province's subtree. When the search cannot be read the page still renders,
 * says so, and fills in as values stream in.
 */
@Component
public class ProvinceReadings {

  private static final Logger log = LoggerFactory.getLogger(ProvinceReadings.class);

  private final IndicatorValueSearch values;
  private final AlertSearch alerts;
  private final int pageAlerts;

  public ProvinceReadings(
      IndicatorValueSearch values, AlertSearch alerts, DashboardProperties properties) {
    this.values = values;
    this.alerts = alerts;
    this.pageAlerts = properties.pageAlerts();
  }

  /**
   * @param values every indicator value of the units asked for
   * @param firing the firing alerts within the root's subtree
   * @param failed the search could not be read; both lists are empty
   */
  public record Readings(List<IndicatorValue> values, List<Alert> firing, boolean failed) {}

  public Readings read(PageContext page, List<Unit> shown) {
    Unit root = page.root();
    try {
      List<IndicatorValue> documents =
          values.forUnits(
              shown.stream().map(Unit::code).toList(),
              page.catalog().indicators().stream().map(Indicator::id).toList());
      List<Alert> firing =
          alerts.find(AlertQuery.firing(root.code(), pageAlerts)).stream()
              .filter(
                  alert ->
                      alert.where().unit() != null
                          && page.units().isWithin(alert.where().unit(), root.code()))
              .toList();
      return new Readings(documents, firing, false);
    } catch (SearchUnavailableException e) {
      log.warn("Page about {} rendered without values: {}", root.code(), e.getMessage());
      return new Readings(List.of(), List.of(), true);
    }
  }
}
