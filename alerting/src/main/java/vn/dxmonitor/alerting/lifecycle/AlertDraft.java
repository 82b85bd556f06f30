package vn.dxmonitor.alerting.lifecycle;

import java.time.Instant;
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
  Alert.Where where;
  Alert.What what;
  Alert.Figures figures;
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
    draft.where = alert.where();
    draft.what = alert.what();
    draft.figures = alert.figures();
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
    // No reason or summary until a finding brings them; identify sets the rest.
    draft.what = new Alert.What(null, null, null, null, null);
    draft.figures = Alert.Figures.NONE;
    draft.comments = new ArrayList<>();
    draft.silencedBy = List.of();
    draft.history = new ArrayList<>();
    draft.identify(subject);
    return draft;
  }

  /** The unit, indicator and plan as the subject has them now; the reason and summary stay. */
  void identify(Subject subject) {
    where =
        new Alert.Where(
            subject.unit(),
            subject.unitName(),
            subject.level(),
            subject.path(),
            subject.province());
    what =
        new Alert.What(
            subject.indicator(),
            subject.planId(),
            subject.targetId(),
            what.reason(),
            what.summary());
  }

  /** The finding's figures; its summary and reason only where it has them. */
  void figures(Finding finding) {
    what =
        new Alert.What(
            what.indicator(),
            what.planId(),
            what.targetId(),
            finding.reason() != null ? finding.reason() : what.reason(),
            finding.summary() != null ? finding.summary() : what.summary());
    figures =
        new Alert.Figures(
            finding.value(),
            finding.expected(),
            finding.gap(),
            finding.projected(),
            finding.target(),
            finding.deadline());
  }

  /** What the alert says now, for the note of a transition. */
  String summary() {
    return what.summary();
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
        where,
        what,
        figures,
        new Alert.Timeline(episode, startsAt, firedAt, clearingSince, resolvedAt, updatedAt),
        new Alert.Handling(acknowledged, assignee, comments, silencedBy, escalations),
        history);
  }
}
