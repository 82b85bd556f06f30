package vn.dxmonitor.alerting.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.dxmonitor.alerting.lifecycle.AlertActions;
import vn.dxmonitor.alerting.notify.Notifier.AlertSaver;
import vn.dxmonitor.alerting.route.Receiver;
import vn.dxmonitor.alerting.route.Route;
import vn.dxmonitor.alerting.route.Routes;
import vn.dxmonitor.alerting.rule.RuleKind;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertState;

/**
 * Takes a firing alert nobody acknowledged up the unit tree: after {@code escalateAfter} its
 * receivers' superiors are told, after twice that the next route up, and so on to the top. Alerts
 * escalated to the same unit, on the same indicator and at the same level, go in one message. Each
 * escalated alert records whom it was escalated to, which also counts the levels it has gone up.
 */
final class EscalationPolicy {

  private final AlertLookup alerts;
  private final Inhibition inhibition;
  private final Consumer<Notification> out;

  EscalationPolicy(AlertLookup alerts, Inhibition inhibition, Consumer<Notification> out) {
    this.alerts = alerts;
    this.inhibition = inhibition;
    this.out = out;
  }

  /** One message's worth: the alerts going up to the same route on one indicator and level. */
  private record Batch(Route route, int level, List<Alert> alerts) {}

  void escalate(Routes routes, Instant now, AlertSaver saver) {
    Duration escalateAfter = routes.routing().escalateAfter();
    Map<String, Batch> batches = new LinkedHashMap<>();
    for (Alert alert : alerts.active()) {
      if (!due(alert, escalateAfter, now)) {
        continue;
      }
      int level = alert.handling().escalations() + 1;
      routes
          .above(alert.where().path(), level)
          .ifPresent(
              route ->
                  batches
                      .computeIfAbsent(
                          route.unit() + "|" + alert.what().indicator() + "|" + level,
                          key -> new Batch(route, level, new ArrayList<>()))
                      .alerts()
                      .add(alert));
    }
    for (Batch batch : batches.values()) {
      send(batch, now, saver);
    }
  }

  private void send(Batch batch, Instant now, AlertSaver saver) {
    List<Alert> escalated = new ArrayList<>(batch.alerts());
    escalated.sort(Comparator.comparing(Alert::id));
    String indicator = escalated.get(0).what().indicator();
    List<String> told = new ArrayList<>();
    for (Receiver receiver : batch.route().receivers()) {
      told.add(receiver.id());
      out.accept(
          Notification.escalation(
              receiver.id(),
              batch.route().unit(),
              indicator,
              batch.level(),
              now,
              escalated.stream().map(inhibition::asFiring).toList()));
    }
    for (Alert alert : escalated) {
      saver.save(AlertActions.escalate(alert, told, now), alert);
    }
  }

  /**
   * Of a rule that escalates, firing, sendable and unacknowledged for one more {@code
   * escalateAfter} than it went up.
   */
  private boolean due(Alert alert, Duration escalateAfter, Instant now) {
    if (alert.state() != AlertState.FIRING
        || !RuleKind.escalates(alert.rule())
        || alert.timeline().firedAt() == null
        || alert.hasAcknowledgement()
        || !inhibition.sendable(alert)) {
      return false;
    }
    Duration after = escalateAfter.multipliedBy(alert.handling().escalations() + 1L);
    return !now.isBefore(alert.timeline().firedAt().plus(after));
  }
}
