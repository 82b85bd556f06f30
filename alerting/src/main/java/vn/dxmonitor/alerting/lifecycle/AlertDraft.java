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
    draft.unit = alert.unit();
    draft.unitName = alert.unitName();
    draft.level = alert.level();
    draft.path = alert.path();
    draft.province = alert.province();
    draft.indicator = alert.indicator();
    draft.planId = alert.planId();
    draft.targetId = alert.targetId();
    draft.reason = alert.reason();
    draft.value = alert.value();
    draft.expected = alert.expected();
    draft.gap = alert.gap();
    draft.projected = alert.projected();
    draft.target = alert.target();
    draft.deadline = alert.deadline();
    draft.summary = alert.summary();
    draft.episode = alert.episode();
    draft.startsAt = alert.startsAt();
    draft.firedAt = alert.firedAt();
    draft.clearingSince = alert.clearingSince();
    draft.resolvedAt = alert.resolvedAt();
    draft.updatedAt = alert.updatedAt();
    draft.acknowledged = alert.acknowledged();
    draft.assignee = alert.assignee();
    draft.comments = new ArrayList<>(alert.comments());
    draft.silencedBy = alert.silencedBy();
    draft.escalations = alert.escalations();
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
        unit,
        unitName,
        level,
        path,
        province,
        indicator,
        planId,
        targetId,
        reason,
        value,
        expected,
        gap,
        projected,
        target,
        deadline,
        summary,
        episode,
        startsAt,
        firedAt,
        clearingSince,
        resolvedAt,
        updatedAt,
        acknowledged,
        assignee,
        comments,
        silencedBy,
        escalations,
        history);
  }
}
