package vn.dxmonitor.dashboard.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.dxmonitor.dashboard.DashboardProperties;
import vn.dxmonitor.dashboard.search.AlertQuery;
import vn.dxmonitor.dashboard.search.AlertSearch;
import vn.dxmonitor.dashboard.search.IndicatorValueSearch;
import vn.dxmonitor.dashboard.search.SearchUnavailableException;
import vn.dxmonitor.dashboard.status.ValueTable;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitRegistry;
import vn.dxmonitor.model.value.IndicatorValue;

/**
 * The leaders' page: a province and its units against every indicator, with the firing alerts,
 * rendered on the server and then kept current by the live stream. When Elasticsearch cannot be
 * read the page still renders, says so, and fills in as values stream in.
 */
@Controller
public class DashboardPage {

  private static final Logger log = LoggerFactory.getLogger(DashboardPage.class);

  private final CatalogSource source;
  private final Clock clock;
  private final IndicatorValueSearch values;
  private final AlertSearch alerts;
  private final DashboardMessages messages;
  private final PageLanguage language;
  private final int pageAlerts;

  public DashboardPage(
      CatalogSource source,
      Clock clock,
      IndicatorValueSearch values,
      AlertSearch alerts,
      DashboardMessages messages,
      PageLanguage language,
      DashboardProperties properties) {
    this.source = source;
    this.clock = clock;
    this.values = values;
    this.alerts = alerts;
    this.messages = messages;
    this.language = language;
    this.pageAlerts = properties.pageAlerts();
  }

  /**
   * @param unit the province to show; the registry's first province when absent
   * @param lang {@code vi} or {@code en}, remembered for later visits
   */
  @GetMapping("/")
  public String page(
      @RequestParam(name = "unit", required = false) String unit,
      @RequestParam(name = "lang", required = false) String lang,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Locale locale = language.resolve(request, response, lang);
    LocalDate today = VietnamTime.dateOf(clock.instant());
    Catalog catalog = source.catalog();
    UnitRegistry units = source.units().at(today);
    Unit root = root(unit, units);
    List<String> codes = BoardBuilder.unitsOf(root, units).stream().map(Unit::code).toList();
    boolean failed = false;
    List<IndicatorValue> documents = List.of();
    List<Alert> firing = List.of();
    try {
      documents = values.forUnits(codes, catalog.indicators().stream().map(Indicator::id).toList());
      firing =
          alerts.find(AlertQuery.firing(pageAlerts)).stream()
              .filter(alert -> alert.unit() != null && units.isWithin(alert.unit(), root.code()))
              .toList();
    } catch (SearchUnavailableException e) {
      log.warn("Dashboard page rendered without values: {}", e.getMessage());
      failed = true;
    }
    PageText text = messages.in(locale);
    model.addAttribute("text", text);
    model.addAttribute(
        "board",
        new BoardBuilder(catalog, shown(catalog, root, documents, today), units, text)
            .build(root, ValueTable.of(documents), firing, failed));
    return "dashboard/index";
  }

  /**
   * The indicators worth a column: those with a value under the province, and those a plan sets the
   * province a target for.
   */
  private List<Indicator> shown(
      Catalog catalog, Unit root, List<IndicatorValue> documents, LocalDate today) {
    java.util.Set<String> reported =
        documents.stream()
            .map(IndicatorValue::indicator)
            .collect(java.util.stream.Collectors.toSet());
    return catalog.indicators().stream()
        .filter(
            indicator ->
                reported.contains(indicator.id())
                    || !catalog.targetsFor(indicator.id(), root, source.units(), today).isEmpty())
        .toList();
  }

  private static Unit root(String code, UnitRegistry units) {
    if (code == null || code.isBlank()) {
      return units.all().stream()
          .filter(Unit::isRoot)
          .findFirst()
          .orElseThrow(
              () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "the registry has no unit"));
    }
    return units
        .find(code)
        .orElseThrow(
            () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no unit with code " + code));
  }
}
