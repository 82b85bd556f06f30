package vn.dxmonitor.dashboard.console;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import vn.dxmonitor.dashboard.search.AlertSearch;
import vn.dxmonitor.dashboard.security.UnitScope;
import vn.dxmonitor.dashboard.security.Viewer;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.runtime.alerts.AlertCommandException;

/**
 * The console's forms: acknowledge, unacknowledge, assign, comment, silence. Each answers with the
 * alert's page again, saying what was done or why nothing was.
 */
@Controller
public class AlertActionsController {

  static final String DONE = "done";
  static final String REFUSED = "refused";

  private final AlertSearch alerts;
  private final UnitScope scope;
  private final AlertWork work;

  public AlertActionsController(AlertSearch alerts, UnitScope scope, AlertWork work) {
    this.alerts = alerts;
    this.scope = scope;
    this.work = work;
  }

  @PostMapping("/console/alerts/{id}/{action}")
  public String act(
      @PathVariable String id,
      @PathVariable String action,
      @RequestParam(name = "comment", required = false) String comment,
      @RequestParam(name = "assignee", required = false) String assignee,
      @RequestParam(name = "hours", required = false) Integer hours,
      @RequestParam(name = "reason", required = false) String reason,
      RedirectAttributes flash) {
    Viewer viewer = Operators.require();
    Alert alert = AlertConsolePage.visible(alerts, scope, viewer, id);
    String actor = viewer.actor();
    try {
      switch (action) {
        case "ack" -> work.acknowledge(alert, actor, comment);
        case "unack" -> work.unacknowledge(alert, actor);
        case "assign" -> work.assign(alert, actor, assignee);
        case "comment" -> work.comment(alert, actor, comment);
        case "silence" -> work.silence(alert, actor, hours == null ? 0 : hours, reason);
        default ->
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no action '" + action + "'");
      }
      flash.addFlashAttribute(DONE, "console.done." + action);
    } catch (ActionRefusedException e) {
      flash.addFlashAttribute(REFUSED, e.key());
    } catch (AlertCommandException e) {
      flash.addFlashAttribute(
          REFUSED, e.isStored() ? "console.refused.pending" : "console.refused.unavailable");
    }
    // An alert id holds "|", which a Location header must carry encoded.
    return "redirect:/console/alerts/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
  }
}
