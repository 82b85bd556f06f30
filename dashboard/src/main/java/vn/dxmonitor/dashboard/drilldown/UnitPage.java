package vn.dxmonitor.dashboard.drilldown;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dxmonitor.dashboard.page.PageContext;
import vn.dxmonitor.dashboard.page.PageContexts;
import vn.dxmonitor.dashboard.search.AlertQuery;
import vn.dxmonitor.dashboard.search.AlertSearch;
import vn.dxmonitor.dashboard.search.HistorySearch;
import vn.dxmonitor.dashboard.search.SearchUnavailableException;
import vn.dxmonitor.dashboard.status.TargetStatus;
import vn.dxmonitor.dashboard.status.UnitJudgements;
import vn.dxmonitor.dashboard.status.ValueTable;
import vn.dxmonitor.dashboard.status.ValuesAt;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.trajectory.StatusEvaluator;

/**
 * One unit: every indicator with its trend (daily history, trajectory, projection to the deadline)
 * and its alerts, on any day up to today.
 */
@Controller
public class UnitPage {

  private static final Logger log = LoggerFactory.getLogger(UnitPage.class);
  private static final int ALERTS = 20;

  private final PageContexts contexts;
  private final ValuesAt values;
  private final HistorySearch history;
  private final AlertSearch alerts;
  private final StatusEvaluator evaluator;

  public UnitPage(
      PageContexts contexts,
      ValuesAt values,
      HistorySearch history,
      AlertSearch alerts,
      StatusEvaluator evaluator) {
    this.contexts = contexts;
    this.values = values;
    this.history = history;
    this.alerts = alerts;
    this.evaluator = evaluator;
  }

  /**
   * @param asOf the day to show, {@code 2025-12-31}; today when absent
   */
  @GetMapping("/unit/{code}")
  public String page(
      @PathVariable("code") String code,
      @RequestParam(name = "asOf", required = false) String asOf,
      @RequestParam(name = "lang", required = false) String lang,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    PageContext page = contexts.open(code, lang, asOf, request, response);
    String unit = page.root().code();
    ValueTable table = ValueTable.of(List.of());
    List<Alert> found = List.of();
    boolean failed = false;
    try {
      table =
          values.read(
              List.of(unit),
              page.catalog().indicators().stream().map(Indicator::id).toList(),
              page.day(),
              page.today());
      found = alerts.find(new AlertQuery(unit, null, ALERTS));
    } catch (SearchUnavailableException e) {
      log.warn("Unit page of {} rendered without values: {}", unit, e.getMessage());
      failed = true;
    }
    List<TargetStatus> standings =
        new UnitJudgements(page.catalog(), page.history(), evaluator, page.day())
            .judge(List.of(page.root()), table)
            .get(unit);
    boolean historyFailed = failed;
    UnitReportBuilder.Series series =
        (indicator, from, to) ->
            historyFailed ? List.of() : history.series(unit, indicator, from, to);
    model.addAttribute("text", page.text());
    model.addAttribute(
        "report", new UnitReportBuilder(page).build(standings, table, series, found, failed));
    return "dashboard/unit";
  }
}
