package vn.dxmonitor.dashboard.overview;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dxmonitor.dashboard.page.AlertItems;
import vn.dxmonitor.dashboard.page.DashboardMessages;
import vn.dxmonitor.dashboard.page.PageLanguage;
import vn.dxmonitor.dashboard.page.PageText;
import vn.dxmonitor.dashboard.page.ProvinceReadings;
import vn.dxmonitor.dashboard.page.RootUnit;
import vn.dxmonitor.dashboard.status.ValueTable;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitRegistry;

/**
 * The leaders' first page: where a province stands on each of its targets, pillar by pillar, how
 * many of its units are on track, and what is firing; kept current by the live stream.
 */
@Controller
public class OverviewPage {

  private final CatalogSource source;
  private final Clock clock;
  private final ProvinceReadings readings;
  private final DashboardMessages messages;
  private final PageLanguage language;

  public OverviewPage(
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
    Unit root = RootUnit.find(unit, units);
    List<Unit> children = units.children(root.code());
    List<Unit> shown = new ArrayList<>();
    shown.add(root);
    shown.addAll(children);
    ProvinceReadings.Readings read = readings.read(root, shown, units, catalog);
    PageText text = messages.in(locale);
    model.addAttribute("text", text);
    model.addAttribute(
        "overview",
        new OverviewBuilder(catalog, source.units(), new AlertItems(catalog, units, text), text)
            .build(
                root, children, ValueTable.of(read.values()), read.firing(), today, read.failed()));
    return "dashboard/overview";
  }
}
