package vn.dxmonitor.model.alert;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One alert: a rule that holds for a unit, an indicator and the plan whose target governs it. Its
 * id is derived from those four, so evaluating the same situation again updates the alert instead
 * of adding another; each time the rule starts to hold again is a new episode of the same alert,
 * and {@code history} keeps every transition of every episode.
 *
 * <p>The Java record groups the fields by meaning; its JSON stays the one flat object it always was
 * ({@link AlertJson}), because the topics, the HTTP answers and the queries and scripts over the
 * indexed documents name the flat fields.
 */
public record Alert(
    String id,
    String rule,
    AlertState state,
    String severity,
    Where where,
    What what,
    Figures figures,
    Timeline timeline,
    Handling handling,
    List<AlertChange> history) {

  /** Every group is there, if with null fields: the JSON writes each of their fields. */
  public Alert {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(handling, "handling");
    history = history == null ? List.of() : List.copyOf(history);
  }

  /** A plan of {@code -} stands for no plan, e.g. for a rule about reporting itself. */
  public static String idOf(String rule, String unit, String indicator, String plan) {
    return rule + "|" + unit + "|" + indicator + "|" + (plan == null ? "-" : plan);
  }

  public boolean hasSilences() {
    return !handling.silencedBy().isEmpty();
  }

  public boolean hasAcknowledgement() {
    return handling.acknowledged() != null;
  }

  @JsonValue
  AlertJson json() {
    return AlertJson.of(this);
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Alert fromJson(AlertJson json) {
    return json.toAlert();
  }

  /**
   * The unit the alert is about.
   *
   * @param path the unit's code and its ancestors' codes, for filtering by subtree
   * @param province the province the unit lies in: how alerts are partitioned between instances
   */
  public record Where(
      String unit, String unitName, String level, List<String> path, String province) {

    public Where {
      path = path == null ? List.of() : List.copyOf(path);
    }
  }

  /**
   * What the rule found about the unit: the indicator, the plan and target that govern it, and in
   * words.
   *
   * @param reason why the rule holds when it can hold for several reasons (no-data: {@code
   *     never-reported} or {@code stopped-reporting})
   */
  public record What(
      String indicator, String planId, String targetId, String reason, String summary) {}

  /** The figures the rule judged: the value against the trajectory and the target. */
  public record Figures(
      Double value,
      Double expected,
      Double gap,
      Double projected,
      Double target,
      LocalDate deadline) {

    public static final Figures NONE = new Figures(null, null, null, null, null, null);
  }

  /**
   * When the current episode went through its states.
   *
   * @param startsAt when the current episode began (the rule started to hold)
   * @param firedAt when the current episode started firing; null while pending or if it never fired
   * @param clearingSince since when a firing alert's rule has stopped holding, for hysteresis
   */
  public record Timeline(
      int episode,
      Instant startsAt,
      Instant firedAt,
      Instant clearingSince,
      Instant resolvedAt,
      Instant updatedAt) {}

  /**
   * What people and policies have done about the alert.
   *
   * @param silencedBy ids of the silences that cover the alert now: recorded, not sent
   * @param escalations how many levels up the unit tree it has been escalated in this episode
   */
  public record Handling(
      Acknowledgement acknowledged,
      String assignee,
      List<Comment> comments,
      List<String> silencedBy,
      int escalations) {

    public static final Handling NONE = new Handling(null, null, List.of(), List.of(), 0);

    public Handling {
      comments = comments == null ? List.of() : List.copyOf(comments);
      silencedBy = silencedBy == null ? List.of() : List.copyOf(silencedBy);
    }
  }
}
