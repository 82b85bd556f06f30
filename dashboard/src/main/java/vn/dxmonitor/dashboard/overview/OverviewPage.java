package vn.dxmonitor.dashboard.overview;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dxmonitor.dashboard.page.PageContext;
import vn.dxmonitor.dashboard.page.PageContexts;
import vn.dxmonitor.dashboard.page.ProvinceReadings;
import vn.dxmonitor.dashboard.search.SearchUnavailableException;
import vn.dxmonitor.dashboard.security.Viewers;
import vn.dxmonitor.dashboard.status.ValueTable;
import vn.dxmonitor.dashboard.submission.CompletenessBar;
import vn.dxmonitor.dashboard.submission.CompletenessReader;
import vn.dxmonitor.model.calendar.ReportingCadence;
import vn.dxmonitor.model.unit.Unit;

/**
 * The leaders' first page: where a province stands on each of its targets, pillar by pillar, how
 * many of its units are on track, and what is firing; kept current by the live stream.
 */
@Controller
public class OverviewPage {

  private final PageContexts contexts;
  private final ProvinceReadings readings;
  private final CompletenessReader completeness;

  public OverviewPage(
      PageContexts contexts, ProvinceReadings readings, CompletenessReader completeness) {
    this.contexts = contexts;
    this.readings = readings;
    this.completeness = completeness;
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
    if ((unit == null || unit.isBlank()) && Viewers.require().seesEverything()) {
      // A national viewer's home is the country: the provinces side by side
      return lang == null || lang.isBlank()
          ? "redirect:/provinces"
          : "redirect:/provinces?lang=" + ("en".equals(lang) ? "en" : "vi");
    }
    PageContext page = contexts.open(unit, lang, request, response);
    List<Unit> children = page.units().children(page.root().code());
    List<Unit> shown = new ArrayList<>();
    shown.add(page.root());
    shown.addAll(children);
    ProvinceReadings.Readings read = readings.read(page, shown);
    model.addAttribute("text", page.text());
    model.addAttribute(
        "overview",
        new OverviewBuilder(page)
            .build(children, ValueTable.of(read.values()), read.firing(), read.failed()));
    model.addAttribute("completeness", completeness(page));
    return "dashboard/overview";
  }

  /** This quarter's reporting under the page's unit; none while search cannot be read. */
  private CompletenessBar completeness(PageContext page) {
    try {
      return CompletenessBar.of(
          completeness.read(page.root(), ReportingCadence.QUARTERLY.periodOf(page.today())));
    } catch (SearchUnavailableException e) {
      return null;
    }
  }
}
