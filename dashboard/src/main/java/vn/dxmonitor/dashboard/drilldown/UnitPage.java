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
import vn.dxmonitor.model.alert.Alert;

/**
 * One unit: every indicator with its trend (daily history, trajectory, projection to the deadline)
 * and its alerts, on any day up to today.
 */
@Controller
public class UnitPage {

  private static final Logger log = LoggerFactory.getLogger(UnitPage.class);
  private static final int ALERTS = 20;

  private final PageContexts contexts;
  private final SubtreeReadings readings;
  private final HistorySearch history;
  private final AlertSearch alerts;

  public UnitPage(
      PageContexts contexts, SubtreeReadings readings, HistorySearch history, AlertSearch alerts) {
    this.contexts = contexts;
    this.readings = readings;
    this.history = history;
    this.alerts = alerts;
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
    SubtreeReadings.Judged judged = readings.read(page, List.of(page.root()));
    List<Alert> found = List.of();
    boolean failed = judged.failed();
    if (!failed) {
      try {
        found = alerts.find(AlertQuery.ofUnit(unit, ALERTS));
      } catch (SearchUnavailableException e) {
        log.warn("Unit page of {} rendered without alerts: {}", unit, e.getMessage());
        failed = true;
      }
    }
    boolean historyFailed = failed;
    UnitReportBuilder.Series series =
        (indicator, from, to) ->
            historyFailed ? List.of() : history.series(unit, indicator, from, to);
    model.addAttribute("text", page.text());
    model.addAttribute(
        "report",
        new UnitReportBuilder(page)
            .build(judged.standings().get(unit), judged.values(), series, found, failed));
    return "dashboard/unit";
  }
}
