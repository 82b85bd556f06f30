package vn.dxmonitor.dashboard.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dxmonitor.dashboard.status.ValueTable;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.value.IndicatorValue;

/**
 * The units table: a province and its units against every indicator, with the firing alerts,
 * rendered on the server and then kept current by the live stream.
 */
@Controller
public class DashboardPage {

  private final PageContexts contexts;
  private final ProvinceReadings readings;

  public DashboardPage(PageContexts contexts, ProvinceReadings readings) {
    this.contexts = contexts;
    this.readings = readings;
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
    PageContext page = contexts.open(unit, lang, request, response);
    ProvinceReadings.Readings read =
        readings.read(page, BoardBuilder.unitsOf(page.root(), page.units()));
    model.addAttribute("text", page.text());
    model.addAttribute(
        "board",
        new BoardBuilder(page, shown(page, read.values()))
            .build(page.root(), ValueTable.of(read.values()), read.firing(), read.failed()));
    return "dashboard/index";
  }

  /**
   * The indicators worth a column: those with a value under the province, and those a plan sets the
   * province a target for.
   */
  private static List<Indicator> shown(PageContext page, List<IndicatorValue> documents) {
    Set<String> reported =
        documents.stream().map(IndicatorValue::indicator).collect(Collectors.toSet());
    return page.catalog().indicators().stream()
        .filter(
            indicator ->
                reported.contains(indicator.id())
                    || !page.catalog()
                        .targetsFor(indicator.id(), page.root(), page.history(), page.today())
                        .isEmpty())
        .toList();
  }
}
