package vn.dxmonitor.alerting.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dxmonitor.alerting.lifecycle.AlertActions;
import vn.dxmonitor.alerting.rule.RuleKind;
import vn.dxmonitor.alerting.rule.Severity;
import vn.dxmonitor.alerting.store.AlertStore;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertCommand;
import vn.dxmonitor.model.alert.AlertState;

/**
 * The operators' alert API: list and read alerts with their history, and acknowledge,
 * unacknowledge, assign and comment on them. An operator sees and acts on the alerts of its own
 * subtrees only; an alert outside them is answered as not found.
 */
@RestController
public class AlertsController {

  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;
  private static final int MAX_ASSIGNEE = 200;

  private final OperatorAccess access;
  private final AlertFinder finder;
  private final AlertStore store;
  private final AlertCommands commands;

  public AlertsController(
      OperatorAccess access, AlertFinder finder, AlertStore store, AlertCommands commands) {
    this.access = access;
    this.finder = finder;
    this.store = store;
    this.commands = commands;
  }

  @GetMapping("/api/v1/alerts")
  public List<Alert> list(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestParam(name = "state", required = false) String state,
      @RequestParam(name = "unit", required = false) String unit,
      @RequestParam(name = "indicator", required = false) String indicator,
      @RequestParam(name = "rule", required = false) String rule,
      @RequestParam(name = "severity", required = false) String severity,
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to,
      @RequestParam(name = "limit", required = false) Integer limit) {
    Operator operator = access.operator(authorization);
    if (rule != null && RuleKind.fromId(rule).isEmpty()) {
      throw AlertingApiException.invalid(
          "rule",
          "query parameter 'rule' must be one of "
              + Arrays.stream(RuleKind.values()).map(RuleKind::id).toList()
              + ", but was '"
              + rule
              + "'");
    }
    if (severity != null && Severity.fromId(severity).isEmpty()) {
      throw AlertingApiException.invalid(
          "severity",
          "query parameter 'severity' must be one of "
              + Arrays.stream(Severity.values()).map(Severity::id).toList()
              + ", but was '"
              + severity
              + "'");
    }
    int size = limit == null ? DEFAULT_LIMIT : limit;
    if (size < 1 || size > MAX_LIMIT) {
      throw AlertingApiException.invalid(
          "limit",
          "query parameter 'limit' must be between 1 and " + MAX_LIMIT + ", but was " + size);
    }
    return finder.find(
        new AlertFilter(
            states(state),
            blankToNull(unit),
            operator.national() ? null : operator.units(),
            blankToNull(indicator),
            rule,
            severity,
            instant(from, "from"),
            instant(to, "to"),
            size));
  }

  @GetMapping("/api/v1/alerts/{id}")
  public Alert get(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @PathVariable("id") String id) {
    return visible(access.operator(authorization), id);
  }

  @PostMapping("/api/v1/alerts/{id}/ack")
  public Alert acknowledge(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @PathVariable("id") String id,
      @RequestBody(required = false) ActionBody body) {
    Operator operator = access.operator(authorization);
    Alert alert = visible(operator, id);
    if (!alert.state().isActive()) {
      throw conflict(
          "alert " + id + " is resolved; only a pending or firing alert can be acknowledged");
    }
    String comment = orEmpty(body).comment();
    checkText(comment, "comment", false);
    return commands.apply(alert, AlertCommand.ACK, operator.actor(), comment, null);
  }

  @PostMapping("/api/v1/alerts/{id}/unack")
  public Alert unacknowledge(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @PathVariable("id") String id) {
    Operator operator = access.operator(authorization);
    Alert alert = visible(operator, id);
    if (!alert.hasAcknowledgement()) {
      throw conflict("alert " + id + " is not acknowledged");
    }
    return commands.apply(alert, AlertCommand.UNACK, operator.actor(), null, null);
  }

  @PostMapping("/api/v1/alerts/{id}/assign")
  public Alert assign(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @PathVariable("id") String id,
      @RequestBody(required = false) ActionBody body) {
    Operator operator = access.operator(authorization);
    Alert alert = visible(operator, id);
    String assignee = blankToNull(orEmpty(body).assignee());
    if (assignee != null && assignee.length() > MAX_ASSIGNEE) {
      throw AlertingApiException.invalid(
          "assignee", "must be at most " + MAX_ASSIGNEE + " characters");
    }
    return commands.apply(alert, AlertCommand.ASSIGN, operator.actor(), null, assignee);
  }

  @PostMapping("/api/v1/alerts/{id}/comments")
  public Alert comment(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @PathVariable("id") String id,
      @RequestBody(required = false) ActionBody body) {
    Operator operator = access.operator(authorization);
    Alert alert = visible(operator, id);
    String text = orEmpty(body).text();
    checkText(text, "text", true);
    return commands.apply(alert, AlertCommand.COMMENT, operator.actor(), text, null);
  }

  private Alert visible(Operator operator, String id) {
    return store
        .find(id)
        .filter(alert -> operator.covers(alert.where().path()))
        .orElseThrow(() -> AlertingApiException.notFound("alert " + id));
  }

  static List<AlertState> states(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<AlertState> states = new ArrayList<>();
    for (String part : text.split(",")) {
      String name = part.trim().toUpperCase(Locale.ROOT);
      states.add(
          Arrays.stream(AlertState.values())
              .filter(candidate -> candidate.name().equals(name))
              .findFirst()
              .orElseThrow(
                  () ->
                      AlertingApiException.invalid(
                          "state",
                          "query parameter 'state' must be one or more of "
                              + Arrays.toString(AlertState.values())
                              + " separated by commas, but was '"
                              + text
                              + "'")));
    }
    return states;
  }

  private static Instant instant(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw AlertingApiException.invalid(
          field,
          "query parameter '"
              + field
              + "' must be an ISO-8601 time with an offset, such as 2026-11-23T08:00:00+07:00, but was '"
              + text
              + "'");
    }
  }

  private static void checkText(String text, String field, boolean required) {
    if (required && (text == null || text.isBlank())) {
      throw AlertingApiException.invalid(field, "'" + field + "' is required");
    }
    if (text != null && text.length() > AlertActions.MAX_TEXT) {
      throw AlertingApiException.invalid(
          field, "'" + field + "' must be at most " + AlertActions.MAX_TEXT + " characters");
    }
  }

  private static ActionBody orEmpty(ActionBody body) {
    return body == null ? ActionBody.EMPTY : body;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  private static AlertingApiException conflict(String message) {
    return new AlertingApiException(ErrorCode.CONFLICT, null, message);
  }
}
