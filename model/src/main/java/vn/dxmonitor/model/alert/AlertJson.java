package vn.dxmonitor.model.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON form of an {@link Alert}: one flat object, its fields named and ordered as the topics,
 * the HTTP answers and the {@code dx-alerts} documents have always had them. Both Jackson 3 and the
 * Elasticsearch client's Jackson 2 write and read an alert through it.
 */
record AlertJson(
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

  static AlertJson of(Alert alert) {
    Alert.Where where = alert.where();
    Alert.What what = alert.what();
    Alert.Figures figures = alert.figures();
    Alert.Timeline timeline = alert.timeline();
    Alert.Handling handling = alert.handling();
    return new AlertJson(
        alert.id(),
        alert.rule(),
        alert.state(),
        alert.severity(),
        where.unit(),
        where.unitName(),
        where.level(),
        where.path(),
        where.province(),
        what.indicator(),
        what.planId(),
        what.targetId(),
        what.reason(),
        figures.value(),
        figures.expected(),
        figures.gap(),
        figures.projected(),
        figures.target(),
        figures.deadline(),
        what.summary(),
        timeline.episode(),
        timeline.startsAt(),
        timeline.firedAt(),
        timeline.clearingSince(),
        timeline.resolvedAt(),
        timeline.updatedAt(),
        handling.acknowledged(),
        handling.assignee(),
        handling.comments(),
        handling.silencedBy(),
        handling.escalations(),
        alert.history());
  }

  Alert toAlert() {
    return new Alert(
        id,
        rule,
        state,
        severity,
        new Alert.Where(unit, unitName, level, path, province),
        new Alert.What(indicator, planId, targetId, reason, summary),
        new Alert.Figures(value, expected, gap, projected, target, deadline),
        new Alert.Timeline(episode, startsAt, firedAt, clearingSince, resolvedAt, updatedAt),
        new Alert.Handling(acknowledged, assignee, comments, silencedBy, escalations),
        history);
  }
}
