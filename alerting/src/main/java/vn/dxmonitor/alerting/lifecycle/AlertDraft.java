package vn.dxmonitor.alerting.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.dxmonitor.model.alert.Acknowledgement;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertChange;
import vn.dxmonitor.model.alert.AlertState;
import vn.dxmonitor.model.alert.Comment;

/** The next version of an alert while it is being worked out; {@link Alert} itself is immutable. */
final class AlertDraft {

  /** An alert's history keeps this many changes; the oldest go first. */
  static final int HISTORY_LIMIT = 200;

  String id;
  String rule;
  AlertState state;
  String severity;
  String unit;
  String unitName;
  String level;
  List<String> path;
  String province;
  String indicator;
  String planId;
  String targetId;
  String reason;
  Double value;
  Double expected;
  Double gap;
  Double projected;
  Double target;
  LocalDate deadline;
  String summary;
  int episode;
  Instant startsAt;
  Instant firedAt;
  Instant clearingSince;
  Instant resolvedAt;
  Instant updatedAt;
  Acknowledgement acknowledged;
  String assignee;
  List<Comment> comments;
  List<String> silencedBy;
  int escalations;
  List<AlertChange> history;

  static AlertDraft of(Alert alert) {
    AlertDraft draft = new AlertDraft();
    draft.id = alert.id();
    draft.rule = alert.rule();
    draft.state = alert.state();
    draft.severity = alert.severity();
    draft.unit = alert.where().unit();
    draft.unitName = alert.where().unitName();
    draft.level = alert.where().level();
    draft.path = alert.where().path();
    draft.province = alert.where().province();
    draft.indicator = alert.what().indicator();
    draft.planId = alert.what().planId();
    draft.targetId = alert.what().targetId();
    draft.reason = alert.what().reason();
    draft.value = alert.figures().value();
    draft.expected = alert.figures().expected();
    draft.gap = alert.figures().gap();
    draft.projected = alert.figures().projected();
    draft.target = alert.figures().target();
    draft.deadline = alert.figures().deadline();
    draft.summary = alert.what().summary();
    draft.episode = alert.timeline().episode();
    draft.startsAt = alert.timeline().startsAt();
    draft.firedAt = alert.timeline().firedAt();
    draft.clearingSince = alert.timeline().clearingSince();
    draft.resolvedAt = alert.timeline().resolvedAt();
    draft.updatedAt = alert.timeline().updatedAt();
    draft.acknowledged = alert.handling().acknowledged();
    draft.assignee = alert.handling().assignee();
    draft.comments = new ArrayList<>(alert.handling().comments());
    draft.silencedBy = alert.handling().silencedBy();
    draft.escalations = alert.handling().escalations();
    draft.history = new ArrayList<>(alert.history());
    return draft;
  }

  /** A first version: no episode yet, nothing in its history. */
  static AlertDraft of(Subject subject) {
    AlertDraft draft = new AlertDraft();
    draft.id = subject.alertId();
    draft.rule = subject.rule();
    draft.state = AlertState.RESOLVED;
    draft.comments = new ArrayList<>();
    draft.silencedBy = List.of();
    draft.history = new ArrayList<>();
    draft.identify(subject);
    return draft;
  }

  void identify(Subject subject) {
    unit = subject.unit();
    unitName = subject.unitName();
    level = subject.level();
    path = subject.path();
    province = subject.province();
    indicator = subject.indicator();
    planId = subject.planId();
    targetId = subject.targetId();
  }

  /** The finding's figures; its summary and reason only where it has them. */
  void figures(Finding finding) {
    if (finding.reason() != null) {
      reason = finding.reason();
    }
    value = finding.value();
    expected = finding.expected();
    gap = finding.gap();
    projected = finding.projected();
    target = finding.target();
    deadline = finding.deadline();
    if (finding.summary() != null) {
      summary = finding.summary();
    }
  }

  void record(Instant at, String action, String by, String note) {
    history.add(new AlertChange(at, action, by, state, note));
    if (history.size() > HISTORY_LIMIT) {
      history.subList(0, history.size() - HISTORY_LIMIT).clear();
    }
  }

  /** Moves to another state and records it; the acknowledgement belonged to the old state. */
  void moveTo(AlertState next, Instant at, String by, String note) {
    state = next;
    acknowledged = null;
    record(at, next.name().toLowerCase(Locale.ROOT), by, note);
  }

  Alert build() {
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
