package vn.dxmonitor.alerting.notify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.dxmonitor.alerting.route.Routing;
import vn.dxmonitor.model.alert.AlertState;

/**
 * Tells a group's receiver again, every {@code repeatInterval}, of the firing alerts it was told of
 * and nobody has acknowledged, so that a notice that was missed does not leave an alert forgotten.
 * An acknowledged alert is left out: someone is on it.
 */
final class RepeatPolicy {

  private final Groups groups;
  private final AlertLookup alerts;
  private final Inhibition inhibition;
  private final Consumer<Notification> out;

  RepeatPolicy(
      Groups groups, AlertLookup alerts, Inhibition inhibition, Consumer<Notification> out) {
    this.groups = groups;
    this.alerts = alerts;
    this.inhibition = inhibition;
    this.out = out;
  }

  /** Whether the group told of firing alerts a repeat interval or more ago. */
  boolean due(NotificationGroup group, Routing routing, Instant now) {
    return group.sentAt() != null
        && !group.notified().isEmpty()
        && !now.isBefore(group.sentAt().plus(routing.repeatInterval()));
  }

  void repeat(NotificationGroup group, Instant now) {
    List<NotifiedAlert> firing = new ArrayList<>();
    for (String id : group.notified().keySet()) {
      alerts
          .find(id)
          .filter(
              alert ->
                  alert.state() == AlertState.FIRING
                      && !alert.hasAcknowledgement()
                      && inhibition.sendable(alert))
          .map(inhibition::asFiring)
          .ifPresent(firing::add);
    }
    int sequence = group.sequence();
    if (!firing.isEmpty()) {
      sequence++;
      out.accept(
          group.notification(
              NotificationKind.REPEAT, sequence, now, firing, List.of(), group.notified().size()));
    }
    // Nothing to repeat counts as a repeat too, so the group is looked at again only a period on.
    groups.put(group.repeated(now, sequence));
  }
}
