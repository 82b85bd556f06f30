package vn.dxmonitor.alerting.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertChange;

/**
 * An alert as a notification shows it: what a receiver needs to act, without its history.
 *
 * @param state {@code firing} or {@code resolved}, as the receiver should now see it
 * @param covers the firing alerts of units below this one on the same indicator, which this alert
 *     stands for instead of being sent one by one
 */
public record NotifiedAlert(
    String id,
    String rule,
    String state,
    String severity,
    String unit,
    String unitName,
    String level,
    String indicator,
    String plan,
    String target,
    String reason,
    Double value,
    Double expected,
    Double targetValue,
    LocalDate deadline,
    String summary,
    int episode,
    Instant firedAt,
    Instant resolvedAt,
    boolean acknowledged,
    List<CoveredUnit> covers) {

  public NotifiedAlert {
    covers = covers == null ? List.of() : List.copyOf(covers);
  }

  /** A unit below, whose alert a higher unit's alert stands for. */
  public record CoveredUnit(String unit, String name, String rule, Double value) {}

  /**
   * The end of the alert's episode {@code episode}, which may be an earlier one than its current:
   * an alert that resolved and began to hold again before a group spoke has moved on, and its
   * timeline only keeps the current episode, so the earlier one's times come from its history.
   */
  public static NotifiedAlert resolutionOf(Alert alert, int episode) {
    NotifiedAlert current = of(alert, "resolved", List.of());
    if (alert.timeline().episode() == episode) {
      return current;
    }
    // Each episode begins with a move to pending, so the told one began at the pending move as many
    // back from the end as the alert has begun episodes since; a history cut short leaves it out.
    int start = episodeStart(alert, alert.timeline().episode() - episode + 1);
    Instant resolvedAt = start < 0 ? null : firstAfter(alert, "resolved", start);
    Instant firedAt = start < 0 ? null : firstAfter(alert, "firing", start);
    return new NotifiedAlert(
        current.id,
        current.rule,
        current.state,
        current.severity,
        current.unit,
        current.unitName,
        current.level,
        current.indicator,
        current.plan,
        current.target,
        current.reason,
        current.value,
        current.expected,
        current.targetValue,
        current.deadline,
        current.summary,
        episode,
        firedAt,
        resolvedAt,
        current.acknowledged,
        current.covers);
  }

  /** The index in the history of the {@code back}-th move to pending from its end; -1 if none. */
  private static int episodeStart(Alert alert, int back) {
    int seen = 0;
    for (int i = alert.history().size() - 1; i >= 0; i--) {
      if ("pending".equals(alert.history().get(i).action()) && ++seen == back) {
        return i;
      }
    }
    return -1;
  }

  /** When the episode that began at {@code start} first made the move {@code action}. */
  private static Instant firstAfter(Alert alert, String action, int start) {
    for (int i = start + 1; i < alert.history().size(); i++) {
      AlertChange change = alert.history().get(i);
      if ("pending".equals(change.action())) {
        return null;
      }
      if (action.equals(change.action())) {
        return change.at();
      }
    }
    return null;
  }

  public static NotifiedAlert of(Alert alert, String state, List<CoveredUnit> covers) {
    return new NotifiedAlert(
        alert.id(),
        alert.rule(),
        state,
        alert.severity(),
        alert.where().unit(),
        alert.where().unitName(),
        alert.where().level(),
        alert.what().indicator(),
        alert.what().planId(),
        alert.what().targetId(),
        alert.what().reason(),
        alert.figures().value(),
        alert.figures().expected(),
        alert.figures().target(),
        alert.figures().deadline(),
        alert.what().summary(),
        alert.timeline().episode(),
        alert.timeline().firedAt(),
        alert.timeline().resolvedAt(),
        alert.hasAcknowledgement(),
        covers);
  }
}
