package vn.dxmonitor.dashboard.drilldown;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dxmonitor.dashboard.page.PageContext;
import vn.dxmonitor.dashboard.page.PageContexts;
import vn.dxmonitor.dashboard.page.UnitLevels;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitLevel;

/**
 * Drill-down: the departments, communes or institutions under a unit as a sortable table, and its
 * whole subtree as a tree, on any day up to today.
 */
@Controller
public class UnitsPage {

  private final PageContexts contexts;
  private final SubtreeReadings readings;

  public UnitsPage(PageContexts contexts, SubtreeReadings readings) {
    this.contexts = contexts;
    this.readings = readings;
  }

  /**
   * @param unit the unit to drill into; the registry's first province when absent
   * @param level {@code department}, {@code commune}, {@code institution}…; the first present
   * @param asOf the day to show, {@code 2025-12-31}; today when absent
   */
  @GetMapping("/units")
  public String page(
      @RequestParam(name = "unit", required = false) String unit,
      @RequestParam(name = "level", required = false) String level,
      @RequestParam(name = "asOf", required = false) String asOf,
      @RequestParam(name = "lang", required = false) String lang,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    PageContext page = contexts.open(unit, lang, asOf, request, response);
    List<Unit> subtree = page.units().subtree(page.root().code());
    List<UnitLevel> levels = UnitLevels.under(subtree);
    SubtreeReadings.Judged judged = readings.read(page, subtree);
    model.addAttribute("text", page.text());
    model.addAttribute(
        "table",
        new UnitTableBuilder(page, judged.standings())
            .build(subtree, levels, DrillLevels.pick(level, levels), judged.failed()));
    return "dashboard/units";
  }
}
