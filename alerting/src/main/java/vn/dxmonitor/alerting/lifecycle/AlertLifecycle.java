package vn.dxmonitor.alerting.lifecycle;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertState;
import vn.dxmonitor.model.trajectory.Assessment;
import vn.dxmonitor.model.value.IndicatorValue;

/**
 * The next version of an alert given what the rule says now: a rule that holds fires (or keeps
 * firing, with fresh figures and its original start); a rule that no longer holds resolves a firing
 * alert; otherwise nothing changes.
 */
public final class AlertLifecycle {

  private AlertLifecycle() {}

  public static Optional<Alert> next(
      String rule,
      Optional<Alert> current,
      IndicatorValue value,
      Assessment assessment,
      boolean holds,
      Instant now) {
    String id = Alert.idOf(rule, value.unit(), value.indicator());
    boolean firing = current.map(a -> a.state() == AlertState.FIRING).orElse(false);
    if (holds) {
      Instant startsAt = firing ? current.get().startsAt() : now;
      return Optional.of(
          alert(id, rule, AlertState.FIRING, value, assessment, startsAt, now, null));
    }
    if (firing) {
      return Optional.of(
          alert(
              id,
              rule,
              AlertState.RESOLVED,
              value,
              assessment,
              current.get().startsAt(),
              now,
              now));
    }
    return Optional.empty();
  }

  private static Alert alert(
      String id,
      String rule,
      AlertState state,
      IndicatorValue value,
      Assessment assessment,
      Instant startsAt,
      Instant now,
      Instant resolvedAt) {
    String summary =
        String.format(
            Locale.ROOT,
            "%s: %s is %.1f, trajectory expects %.1f (target %s %.1f by %s)",
            value.unitName(),
            value.indicator(),
            value.value(),
            assessment.expected(),
            assessment.target().comparator().symbol(),
            assessment.target().value(),
            assessment.target().deadline());
    return new Alert(
        id,
        rule,
        state,
        "warning",
        value.unit(),
        value.unitName(),
        value.indicator(),
        assessment.target().planId(),
        assessment.target().id(),
        value.value(),
        assessment.expected(),
        assessment.gap(),
        assessment.target().value(),
        assessment.target().deadline(),
        summary,
        startsAt,
        now,
        resolvedAt);
  }
}
