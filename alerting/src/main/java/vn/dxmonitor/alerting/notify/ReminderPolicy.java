package vn.dxmonitor.alerting.notify;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import vn.dxmonitor.alerting.route.UnitReporters;
import vn.dxmonitor.alerting.rule.RuleKind;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertState;

/**
 * Tells a unit's reporters themselves that a figure they owe comes due, once, when {@code
 * report-due} starts firing for the unit. The routed receivers hear of it too, grouped like every
 * alert; the reporters are told directly because they are the ones who act, and nothing about a
 * reminder needs grouping, repeating or escalating (after the deadline {@code report-overdue} does
 * that).
 */
final class ReminderPolicy {

  private final Consumer<Notification> out;

  ReminderPolicy(Consumer<Notification> out) {
    this.out = out;
  }

  void changed(Alert before, Alert after, Instant now) {
    if (!RuleKind.REPORT_DUE.id().equals(after.rule())
        || after.state() != AlertState.FIRING
        || (before != null && before.state() == AlertState.FIRING)) {
      return;
    }
    out.accept(
        Notification.reminder(
            UnitReporters.receiverOf(after.where().unit()),
            now,
            NotifiedAlert.of(after, "firing", List.of())));
  }
}
