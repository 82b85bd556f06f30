package vn.dxmonitor.alerting.lifecycle;

import java.time.Instant;
import java.util.List;
import vn.dxmonitor.model.alert.Acknowledgement;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.Comment;

/**
 * What operators do to an alert. Each action is recorded in the alert's history at the time the
 * operator acted, by whom, so a sender can find its own change there.
 */
public final class AlertActions {

  /** The longest comment kept; longer ones are refused rather than cut. */
  public static final int MAX_TEXT = 2000;

  private AlertActions() {}

  /**
   * Acknowledges an active alert: no re-notification and no escalation until its state changes.
   *
   * @throws ActionRefusedException when the alert is resolved
   */
  public static Alert acknowledge(Alert alert, String by, String comment, Instant at) {
    if (!alert.state().isActive()) {
      throw new ActionRefusedException(
          "alert "
              + alert.id()
              + " is resolved; only a pending or firing alert can be acknowledged");
    }
    AlertDraft draft = AlertDraft.of(alert);
    draft.acknowledged = new Acknowledgement(by, at, comment);
    draft.record(at, "acknowledged", by, comment);
    return stamped(draft, at);
  }

  public static Alert unacknowledge(Alert alert, String by, Instant at) {
    if (!alert.hasAcknowledgement()) {
      throw new ActionRefusedException("alert " + alert.id() + " is not acknowledged");
    }
    AlertDraft draft = AlertDraft.of(alert);
    draft.acknowledged = null;
    draft.record(at, "unacknowledged", by, null);
    return stamped(draft, at);
  }

  /** Assigns the alert to someone, or to no one when {@code assignee} is null. */
  public static Alert assign(Alert alert, String assignee, String by, Instant at) {
    AlertDraft draft = AlertDraft.of(alert);
    draft.assignee = assignee;
    draft.record(at, assignee == null ? "unassigned" : "assigned", by, assignee);
    return stamped(draft, at);
  }

  public static Alert comment(Alert alert, String text, String by, Instant at) {
    AlertDraft draft = AlertDraft.of(alert);
    draft.comments.add(new Comment(by, at, text));
    draft.record(at, "commented", by, text);
    return stamped(draft, at);
  }

  /**
   * Records which silences cover the alert now; an empty list lifts the silence.
   *
   * @param silences the ids in force, sorted, so an unchanged set is seen as unchanged
   */
  public static Alert silence(Alert alert, List<String> silences, Instant at) {
    AlertDraft draft = AlertDraft.of(alert);
    draft.silencedBy = silences;
    draft.record(
        at,
        silences.isEmpty() ? "unsilenced" : "silenced",
        "silence",
        silences.isEmpty()
            ? String.join(",", alert.handling().silencedBy())
            : String.join(",", silences));
    return stamped(draft, at);
  }

  /**
   * Records that the receivers one more level up were told, because nobody acknowledged the alert.
   *
   * @param receivers the ids of the receivers told
   */
  public static Alert escalate(Alert alert, List<String> receivers, Instant at) {
    AlertDraft draft = AlertDraft.of(alert);
    draft.escalations = alert.handling().escalations() + 1;
    draft.record(at, "escalated", "routing", String.join(",", receivers));
    return stamped(draft, at);
  }

  private static Alert stamped(AlertDraft draft, Instant at) {
    draft.updatedAt = at;
    return draft.build();
  }
}
