package vn.dxmonitor.dashboard.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.dxmonitor.dashboard.page.PageContext;
import vn.dxmonitor.dashboard.page.PageContexts;
import vn.dxmonitor.dashboard.search.AlertQuery;
import vn.dxmonitor.dashboard.search.AlertSearch;
import vn.dxmonitor.dashboard.security.UnitScope;
import vn.dxmonitor.dashboard.security.Viewer;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertState;
import vn.dxmonitor.model.scorecard.ScorecardSource;

/**
 * The operators' alert console: the alerts of a subtree with filters, and one alert with its
 * history and the actions on it.
 */
@Controller
public class AlertConsolePage {

  static final String ACTIVE = "active";
  static final String ALL = "all";

  private final PageContexts contexts;
  private final AlertSearch alerts;
  private final UnitScope scope;
  private final ConsoleProperties properties;
  private final ScorecardSource scorecards;
  private final Clock clock;

  public AlertConsolePage(
      PageContexts contexts,
      AlertSearch alerts,
      UnitScope scope,
      ConsoleProperties properties,
      ScorecardSource scorecards,
      Clock clock) {
    this.scorecards = scorecards;
    this.clock = clock;
    this.contexts = contexts;
    this.alerts = alerts;
    this.scope = scope;
    this.properties = properties;
  }

  /**
   * @param state {@code active} (pending or firing, the default), {@code all}, or one state
   */
  @GetMapping("/console/alerts")
  public String list(
      @RequestParam(name = "unit", required = false) String unit,
      @RequestParam(name = "state", required = false) String state,
      @RequestParam(name = "severity", required = false) String severity,
      @RequestParam(name = "indicator", required = false) String indicator,
      @RequestParam(name = "rule", required = false) String rule,
      @RequestParam(name = "lang", required = false) String lang,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Operators.require();
    // The page's unit is one the viewer sees, so every alert under it is visible too.
    PageContext page = contexts.open(unit, lang, request, response);
    String shownState = state == null || state.isBlank() ? ACTIVE : state.strip();
    AlertQuery query =
        new AlertQuery(
            null,
            page.root().code(),
            states(shownState),
            blankToNull(severity),
            blankToNull(rule),
            blankToNull(indicator),
            properties.listLimit());
    AlertViews views = new AlertViews(page, scorecards, clock.instant());
    List<AlertLine> lines = alerts.find(query).stream().map(views::line).toList();
    model.addAttribute("text", page.text());
    model.addAttribute("root", page.root());
    model.addAttribute("alerts", lines);
    model.addAttribute("state", shownState);
    model.addAttribute("severity", blankToNull(severity));
    model.addAttribute("indicator", blankToNull(indicator));
    model.addAttribute("rule", blankToNull(rule));
    model.addAttribute("indicators", page.catalog().indicators());
    model.addAttribute("limit", properties.listLimit());
    return "dashboard/console-alerts";
  }

  @GetMapping("/console/alerts/{id}")
  public String detail(
      @PathVariable String id,
      @RequestParam(name = "lang", required = false) String lang,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Viewer viewer = Operators.require();
    Alert alert = visible(alerts, scope, viewer, id);
    // The alert's own unit: an operator of a commune sees it, not necessarily its province
    PageContext page = contexts.open(alert.where().unit(), lang, request, response);
    model.addAttribute("text", page.text());
    model.addAttribute("root", page.root());
    model.addAttribute("alert", new AlertViews(page, scorecards, clock.instant()).detail(alert));
    model.addAttribute("maxSilenceHours", properties.maxSilenceHours());
    return "dashboard/console-alert";
  }

  /** The alert, when the viewer sees its unit; otherwise, as for no such alert, 404. */
  static Alert visible(AlertSearch alerts, UnitScope scope, Viewer viewer, String id) {
    return alerts
        .find(id)
        .filter(alert -> scope.covers(viewer, alert.where().path()))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no alert " + id));
  }

  private static List<AlertState> states(String state) {
    if (ACTIVE.equals(state)) {
      return List.of(AlertState.PENDING, AlertState.FIRING);
    }
    if (ALL.equals(state)) {
      return List.of();
    }
    return Arrays.stream(AlertState.values())
        .filter(known -> known.name().equalsIgnoreCase(state))
        .findFirst()
        .map(List::of)
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "query parameter 'state' must be active, all, pending, firing or resolved, but"
                        + " was '"
                        + state.toLowerCase(Locale.ROOT)
                        + "'"));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
