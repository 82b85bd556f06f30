package vn.dxmonitor.dashboard.catalog;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.dxmonitor.dashboard.page.AlertItems;
import vn.dxmonitor.dashboard.page.PageContext;
import vn.dxmonitor.dashboard.page.PageContexts;
import vn.dxmonitor.dashboard.security.UnitScope;
import vn.dxmonitor.dashboard.security.Viewer;
import vn.dxmonitor.dashboard.security.Viewers;
import vn.dxmonitor.model.catalog.Plan;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.unit.Unit;

/**
 * The catalog as people read it: every indicator, the plans that concern the viewer, each plan's
 * targets with the sentence of the plan they were taken from, and the units under the viewer's.
 */
@Controller
public class CatalogPage {

  private final PageContexts contexts;
  private final UnitScope scope;

  public CatalogPage(PageContexts contexts, UnitScope scope) {
    this.contexts = contexts;
    this.scope = scope;
  }

  @GetMapping("/catalog")
  public String catalog(
      @RequestParam(name = "unit", required = false) String unit,
      @RequestParam(name = "lang", required = false) String lang,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    PageContext page = contexts.open(unit, lang, request, response);
    Viewer viewer = Viewers.require();
    model.addAttribute("text", page.text());
    model.addAttribute("root", page.root());
    model.addAttribute(
        "indicators",
        page.catalog().indicators().stream().map(i -> IndicatorRow.of(i, page.text())).toList());
    model.addAttribute(
        "plans",
        page.catalog().plans().stream()
            .filter(plan -> scope.concernsPlan(viewer, plan.issuedFor()))
            .sorted(
                Comparator.comparing(
                    Plan::issuedAt, Comparator.nullsLast(Comparator.naturalOrder())))
            .map(plan -> PlanRow.of(plan, targets(page, plan).size(), page.units()))
            .toList());
    model.addAttribute("children", page.units().children(page.root().code()));
    return "dashboard/catalog";
  }

  @GetMapping("/catalog/plans/{id}")
  public String plan(
      @PathVariable String id,
      @RequestParam(name = "lang", required = false) String lang,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    PageContext page = contexts.open(null, lang, request, response);
    Plan plan =
        page.catalog()
            .plan(id)
            .filter(found -> scope.concernsPlan(Viewers.require(), found.issuedFor()))
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no plan " + id));
    List<Target> targets = targets(page, plan);
    AlertItems names = new AlertItems(page);
    model.addAttribute("text", page.text());
    model.addAttribute("root", page.root());
    model.addAttribute("plan", PlanRow.of(plan, targets.size(), page.units()));
    model.addAttribute(
        "targets", targets.stream().map(target -> TargetRow.of(target, page, names)).toList());
    return "dashboard/catalog-plan";
  }

  private static List<Target> targets(PageContext page, Plan plan) {
    return page.catalog().targets().stream()
        .filter(target -> target.planId().equals(plan.id()))
        .sorted(Comparator.comparing(Target::deadline).thenComparing(Target::id))
        .toList();
  }

  /** Names a unit, its code when the registry has no such unit today. */
  static String unitName(String code, vn.dxmonitor.model.unit.UnitRegistry units) {
    return units.find(code).map(Unit::name).orElse(code);
  }
}
