package vn.dxmonitor.dashboard.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dxmonitor.dashboard.DashboardProperties;
import vn.dxmonitor.dashboard.search.AlertQuery;
import vn.dxmonitor.dashboard.search.AlertSearch;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertState;

/**
 * Alerts for the operators, newest first. The unit filter is not checked against the registry: an
 * alert raised for a unit since retired must stay findable. Named for the dashboard because in the
 * platform every service's beans share one context, and alerting may well have alerts of its own.
 */
@RestController("dashboardAlertsController")
public class AlertsController {

  private final AlertSearch search;
  private final int limit;

  public AlertsController(AlertSearch search, DashboardProperties properties) {
    this.search = search;
    this.limit = properties.maxAlerts();
  }

  @GetMapping("/api/v1/alerts")
  public List<Alert> alerts(
      @RequestParam(name = "unit", required = false) String unit,
      @RequestParam(name = "state", required = false) String state) {
    String unitFilter = unit == null || unit.isBlank() ? null : unit;
    return search.find(new AlertQuery(unitFilter, parseState(state), limit));
  }

  /** Null or blank means every state; otherwise one of the states, in any letter case. */
  static AlertState parseState(String state) {
    if (state == null || state.isBlank()) {
      return null;
    }
    String name = state.trim().toUpperCase(Locale.ROOT);
    return Arrays.stream(AlertState.values())
        .filter(candidate -> candidate.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new ApiException(
                    ErrorCode.INVALID_PARAMETER,
                    "state",
                    "query parameter 'state' must be one of "
                        + Arrays.stream(AlertState.values())
                            .map(AlertState::name)
                            .collect(Collectors.joining(", "))
                        + ", but was '"
                        + state
                        + "'"));
  }
}
