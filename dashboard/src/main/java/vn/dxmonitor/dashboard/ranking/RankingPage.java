package vn.dxmonitor.dashboard.ranking;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dxmonitor.dashboard.page.PageContext;
import vn.dxmonitor.dashboard.page.PageContexts;
import vn.dxmonitor.dashboard.page.UnitLevels;
import vn.dxmonitor.dashboard.search.SearchUnavailableException;
import vn.dxmonitor.model.catalog.Plan;
import vn.dxmonitor.model.unit.UnitLevel;

/**
 * The emulation ranking (thi đua) of a province's departments, communes or institutions on one
 * plan: scores as bars, places and their changes, the most improved, and the bands.
 */
@Controller
public class RankingPage {

  private static final Logger log = LoggerFactory.getLogger(RankingPage.class);

  private final PageContexts contexts;
  private final Rankings rankings;
  private final RankingProperties rules;

  public RankingPage(PageContexts contexts, Rankings rankings, RankingProperties rules) {
    this.contexts = contexts;
    this.rankings = rankings;
    this.rules = rules;
  }

  /**
   * @param parent the province whose units to rank; the registry's first when absent
   * @param plan a plan covering it; the first with a target below the province when absent
   * @param level the level to rank; the plan's first when absent
   * @param asOf the day to rank on, {@code 2025-12-31}; today when absent
   */
  @GetMapping("/rankings")
  public String page(
      @RequestParam(name = "parent", required = false) String parent,
      @RequestParam(name = "plan", required = false) String plan,
      @RequestParam(name = "level", required = false) String level,
      @RequestParam(name = "asOf", required = false) String asOf,
      @RequestParam(name = "lang", required = false) String lang,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    PageContext page = contexts.open(parent, lang, asOf, request, response);
    List<UnitLevel> present = UnitLevels.under(page.units().subtree(page.root().code()));
    List<Plan> plans =
        page.catalog().plans().stream().filter(p -> !levels(page, p, present).isEmpty()).toList();
    Plan chosen =
        plans.stream()
            .filter(p -> p.id().equals(plan))
            .findFirst()
            .orElse(plans.isEmpty() ? null : plans.get(0));
    List<UnitLevel> levels = chosen == null ? List.of() : levels(page, chosen, present);
    UnitLevel chosenLevel =
        levels.stream()
            .filter(l -> l.id().equals(level))
            .findFirst()
            .orElse(levels.isEmpty() ? null : levels.get(0));
    Ranking ranking = null;
    boolean failed = false;
    if (chosenLevel != null) {
      try {
        ranking =
            rankings.rank(
                new RankingQuery(
                    chosen.id(), chosenLevel, page.root().code(), page.day(), page.today()));
      } catch (SearchUnavailableException e) {
        log.warn("Ranking page rendered without values: {}", e.getMessage());
        failed = true;
      }
    }
    model.addAttribute("text", page.text());
    model.addAttribute(
        "ranking",
        new RankingViewBuilder(page, rules)
            .build(plans, chosen, levels, chosenLevel, ranking, failed));
    return "dashboard/rankings";
  }

  /**
   * The levels below the province the plan sets targets for and that have units today, when it
   * covers the province.
   */
  private static List<UnitLevel> levels(PageContext page, Plan plan, List<UnitLevel> present) {
    boolean covers =
        plan.issuedFor().isEmpty()
            || page.history()
                .covers(plan.issuedFor(), plan.scopeDate(), page.root().code(), page.today());
    if (!covers) {
      return List.of();
    }
    return UnitLevels.targetedBy(page.catalog(), plan.id(), present);
  }
}
