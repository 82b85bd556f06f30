package vn.dxmonitor.model.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One alert: a rule that holds for a unit, an indicator and the plan whose target governs it. Its
 * id is derived from those four, so evaluating the same situation again updates the alert instead
 * of adding another; each time the rule starts to hold again is a new {@code episode} of the same
 * alert, and {@code history} keeps every transition of every episode.
 *
 * @param path the unit's code and its ancestors' codes, for filtering by subtree
 * @param province the province the unit lies in: how alerts are partitioned between instances
 * @param reason why the rule holds when it can hold for several reasons (no-data: {@code
 *     never-reported} or {@code stopped-reporting})
 * @param startsAt when the current episode began (the rule started to hold)
 * @param firedAt when the current episode started firing; null while pending or if it never fired
 * @param clearingSince since when a firing alert's rule has stopped holding, for hysteresis
 * @param silencedBy ids of the silences that cover the alert now: recorded, not sent
 * @param escalations how many levels up the unit tree it has been escalated in this episode
 */
public record Alert(
    String id,
    String rule,
    AlertState state,
    String severity,
    String unit,
    String unitName,
    String level,
    List<String> path,
    String province,
    String indicator,
    String planId,
    String targetId,
    String reason,
    Double value,
    Double expected,
    Double gap,
    Double projected,
    Double target,
    LocalDate deadline,
    String summary,
    int episode,
    Instant startsAt,
    Instant firedAt,
    Instant clearingSince,
    Instant resolvedAt,
    Instant updatedAt,
    Acknowledgement acknowledged,
    String assignee,
    List<Comment> comments,
    List<String> silencedBy,
    int escalations,
    List<AlertChange> history) {

  public Alert {
    path = path == null ? List.of() : List.copyOf(path);
    comments = comments == null ? List.of() : List.copyOf(comments);
    silencedBy = silencedBy == null ? List.of() : List.copyOf(silencedBy);
    history = history == null ? List.of() : List.copyOf(history);
  }

  /** A plan of {@code -} stands for no plan, e.g. for a rule about reporting itself. */
  public static String idOf(String rule, String unit, String indicator, String plan) {
    return rule + "|" + unit + "|" + indicator + "|" + (plan == null ? "-" : plan);
  }

  public boolean hasSilences() {
    return !silencedBy.isEmpty();
  }

  public boolean hasAcknowledgement() {
    return acknowledged != null;
  }
}
