package vn.dxmonitor.alerting.notify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import vn.dxmonitor.alerting.route.Receiver;
import vn.dxmonitor.alerting.route.Routes;
import vn.dxmonitor.alerting.route.Routing;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertState;

/**
 * Gathers alerts into groups by receiver, parent unit and indicator, so that the communes of a
 * province going behind together make one message rather than one each. A group waits {@code
 * groupWait} after its first unsent change for others to join, and leaves {@code groupInterval}
 * between two messages. When it speaks it says what changed: each alert that fired, once per
 * episode, and each that resolved after the receiver was told it fired.
 */
final class GroupingPolicy {

  /** The parent of a unit at the top of the tree, for the group key. */
  private static final String NO_PARENT = "-";

  private final Groups groups;
  private final AlertLookup alerts;
  private final Inhibition inhibition;
  private final Consumer<Notification> out;

  GroupingPolicy(
      Groups groups, AlertLookup alerts, Inhibition inhibition, Consumer<Notification> out) {
    this.groups = groups;
    this.alerts = alerts;
    this.inhibition = inhibition;
    this.out = out;
  }

  /** Notes a new version of an alert; only changes a receiver can see make its group due. */
  void changed(Alert before, Alert after, Routes routes, Instant now) {
    if (!visible(before, after)) {
      return;
    }
    routes
        .of(after.where().path())
        .ifPresent(
            route -> {
              for (Receiver receiver : route.receivers()) {
                String key =
                    NotificationGroup.keyOf(
                        receiver.id(), parentOf(after), after.what().indicator());
                groups.put(
                    groups
                        .get(key)
                        .map(group -> group.changed(after.id(), now))
                        .orElseGet(
                            () ->
                                NotificationGroup.open(
                                    receiver.id(),
                                    route.unit(),
                                    parentOf(after),
                                    after.what().indicator(),
                                    after.id(),
                                    now)));
              }
            });
    if (isFiring(before) != isFiring(after)) {
      // An alert that starts or stops firing changes what the alerts above it carry, and whether
      // the ones below it are carried: a province that recovers must let its communes speak.
      for (NotificationGroup group : groups.all()) {
        if (group.indicator().equals(after.what().indicator()) && !group.members().isEmpty()) {
          groups.put(group.changed(null, now));
        }
      }
    }
  }

  /** Whether the group has a change to send and has waited long enough to send it. */
  boolean due(NotificationGroup group, Routing routing, Instant now) {
    return group.changedSince() != null && !now.isBefore(dueAt(group, routing));
  }

  /**
   * Sends what changed in the group since its last message, if anything did, and forgets the
   * members nothing more will be sent about.
   */
  void flush(NotificationGroup group, Instant now) {
    Set<String> members = new TreeSet<>(group.members());
    Map<String, Integer> notified = new LinkedHashMap<>(group.notified());
    List<NotifiedAlert> firing = new ArrayList<>();
    List<NotifiedAlert> resolved = new ArrayList<>();
    for (String id : group.members()) {
      Optional<Alert> found = alerts.find(id);
      if (found.isEmpty()) {
        members.remove(id);
        notified.remove(id);
        continue;
      }
      Alert alert = found.get();
      Integer told = notified.get(id);
      if (told != null
          && (alert.state() != AlertState.FIRING || told != alert.timeline().episode())) {
        // The episode the receiver was told of is over, even when the alert has since begun
        // another before this flush: its ending is told as that episode's, once.
        // A silenced alert resolves quietly: the receiver was told it fired, but not its ending.
        if (!alert.hasSilences()) {
          resolved.add(NotifiedAlert.resolutionOf(alert, told));
        }
        notified.remove(id);
        told = null;
      }
      if (alert.state() == AlertState.FIRING && told == null && inhibition.sendable(alert)) {
        firing.add(inhibition.asFiring(alert));
        notified.put(id, alert.timeline().episode());
      }
      if (!alert.state().isActive() && !notified.containsKey(id)) {
        members.remove(id);
      }
    }
    int sequence = group.sequence();
    Instant sentAt = group.sentAt();
    if (!firing.isEmpty() || !resolved.isEmpty()) {
      sequence++;
      sentAt = now;
      out.accept(
          group.notification(
              NotificationKind.ALERTS, sequence, now, firing, resolved, notified.size()));
    }
    groups.put(group.flushed(members, notified, sentAt, sequence));
  }

  /** A change of state, episode or silences is one a receiver can see; new figures are not. */
  static boolean visible(Alert before, Alert after) {
    return before == null
        || before.state() != after.state()
        || before.timeline().episode() != after.timeline().episode()
        || !before.handling().silencedBy().equals(after.handling().silencedBy());
  }

  /**
   * The group wait after the first unsent change, and no sooner than the group interval after the
   * last message.
   */
  static Instant dueAt(NotificationGroup group, Routing routing) {
    Instant waited = group.changedSince().plus(routing.groupWait());
    if (group.sentAt() == null) {
      return waited;
    }
    Instant spaced = group.sentAt().plus(routing.groupInterval());
    return waited.isAfter(spaced) ? waited : spaced;
  }

  static String parentOf(Alert alert) {
    return alert.where().path().size() > 1 ? alert.where().path().get(1) : NO_PARENT;
  }

  private static boolean isFiring(Alert alert) {
    return alert != null && alert.state() == AlertState.FIRING;
  }
}
