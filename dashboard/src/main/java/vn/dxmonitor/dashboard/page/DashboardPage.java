package vn.dxmonitor.dashboard.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dxmonitor.dashboard.status.ValueTable;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitRegistry;
import vn.dxmonitor.model.value.IndicatorValue;

/**
 * The units table: a province and its units against every indicator, with the firing alerts,
 * rendered on the server and then kept current by the live stream.
 */
@Controller
public class DashboardPage {

  private final CatalogSource source;
  private final Clock clock;
  private final ProvinceReadings readings;
  private final DashboardMessages messages;
  private final PageLanguage language;

  public DashboardPage(
      CatalogSource source,
      Clock clock,
      ProvinceReadings readings,
      DashboardMessages messages,
      PageLanguage language) {
    this.source = source;
    this.clock = clock;
    this.readings = readings;
    this.messages = messages;
    this.language = language;
  }

  /**
   * @param unit the province to show; the registry's first province when absent
   * @param lang {@code vi} or {@code en}, remembered for later visits
   */
  @GetMapping("/board")
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
    Unit root = RootUnit.find(unit, units);
    ProvinceReadings.Readings read =
        readings.read(root, BoardBuilder.unitsOf(root, units), units, catalog);
    PageText text = messages.in(locale);
    model.addAttribute("text", text);
    model.addAttribute(
        "board",
        new BoardBuilder(catalog, shown(catalog, root, read.values(), today), units, text)
            .build(root, ValueTable.of(read.values()), read.firing(), read.failed()));
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
}
