package vn.dxmonitor.alerting.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import vn.dxmonitor.alerting.lifecycle.AlertActions;
import vn.dxmonitor.alerting.notify.Notification;
import vn.dxmonitor.alerting.notify.NotificationGroup;
import vn.dxmonitor.alerting.notify.NotificationKind;
import vn.dxmonitor.alerting.notify.NotifiedAlert;
import vn.dxmonitor.alerting.route.Receiver;
import vn.dxmonitor.alerting.route.Route;
import vn.dxmonitor.alerting.route.Routes;
import vn.dxmonitor.alerting.route.Routing;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertState;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.value.ValueKey;

/**
 * Decides what the receivers of a task's provinces are told, and when: alerts are grouped by
 * receiver, parent unit and indicator; a group waits before its first notice and between notices;
 * an alert under a higher unit's firing alert on the same indicator is carried by that alert
 * instead of sent; unacknowledged firing alerts are repeated and escalated up the tree; each
 * receiver gets a daily digest. Its state lives in the task's stores, so what was sent survives a
 * restart and is never sent twice by the engine.
 */
final class Notifier {

  /** Escalation saves the alert it escalates, through the engine. */
  interface AlertSaver {
    void save(Alert next, Alert before);
  }

  private final EngineSettings settings;
  private final KeyValueStore<String, NotificationGroup> store;
  private final KeyValueStore<String, String> digests;
  private final Function<String, Alert> alerts;
  private final ActiveAlerts active;
  private final Consumer<Notification> out;
  private final Map<String, NotificationGroup> groups = new LinkedHashMap<>();

  Notifier(
      EngineSettings settings,
      KeyValueStore<String, NotificationGroup> store,
      KeyValueStore<String, String> digests,
      Function<String, Alert> alerts,
      ActiveAlerts active,
      Consumer<Notification> out) {
    this.settings = settings;
    this.store = store;
    this.digests = digests;
    this.alerts = alerts;
    this.active = active;
    this.out = out;
    try (KeyValueIterator<String, NotificationGroup> all = store.all()) {
      while (all.hasNext()) {
        NotificationGroup group = all.next().value;
        groups.put(group.key(), group);
      }
    }
  }

  /** Notes a new version of an alert; only changes a receiver can see make its group due. */
  void changed(Alert before, Alert after, Instant now) {
    boolean visible =
        before == null
            || before.state() != after.state()
            || before.episode() != after.episode()
            || !before.silencedBy().equals(after.silencedBy());
    if (!visible) {
      return;
    }
    settings
        .routes()
        .get()
        .of(after.path())
        .ifPresent(
            route -> {
              for (Receiver receiver : route.receivers()) {
                String key =
                    NotificationGroup.keyOf(receiver.id(), parentOf(after), after.indicator());
                NotificationGroup group = groups.get(key);
                put(
                    group == null
                        ? NotificationGroup.open(
                            receiver.id(),
                            route.unit(),
                            parentOf(after),
                            after.indicator(),
                            after.id(),
                            now)
                        : group.changed(after.id(), now));
              }
            });
    boolean firingChanged =
        (before != null && before.state() == AlertState.FIRING)
            != (after.state() == AlertState.FIRING);
    if (firingChanged && after.path().size() > 1) {
      // What a higher unit's alert carries changes what its descendants' groups must send.
      for (NotificationGroup group : List.copyOf(groups.values())) {
        if (group.indicator().equals(after.indicator()) && !group.members().isEmpty()) {
          put(group.changed(null, now));
        }
      }
    }
  }

  void tick(Instant now, AlertSaver saver) {
    Routing routing = settings.routes().get().routing();
    for (NotificationGroup group : List.copyOf(groups.values())) {
      if (group.changedSince() != null && !now.isBefore(dueAt(group, routing))) {
        flush(group, now);
      } else if (group.sentAt() != null
          && !group.notified().isEmpty()
          && !now.isBefore(group.sentAt().plus(routing.repeatInterval()))) {
        repeat(group, now);
      }
    }
    escalate(now, routing, saver);
    digest(now, routing);
  }

  private static Instant dueAt(NotificationGroup group, Routing routing) {
    Instant waited = group.changedSince().plus(routing.groupWait());
    if (group.sentAt() == null) {
      return waited;
    }
    Instant spaced = group.sentAt().plus(routing.groupInterval());
    return waited.isAfter(spaced) ? waited : spaced;
  }

  private void flush(NotificationGroup group, Instant now) {
    Set<String> members = new TreeSet<>(group.members());
    Map<String, Integer> notified = new LinkedHashMap<>(group.notified());
    List<NotifiedAlert> firing = new ArrayList<>();
    List<NotifiedAlert> resolved = new ArrayList<>();
    for (String id : group.members()) {
      Alert alert = alerts.apply(id);
      if (alert == null) {
        members.remove(id);
        notified.remove(id);
        continue;
      }
      Integer told = notified.get(id);
      if (alert.state() == AlertState.FIRING) {
        if (sendable(alert) && !Objects.equals(told, alert.episode())) {
          firing.add(NotifiedAlert.of(alert, "firing", covered(alert)));
          notified.put(id, alert.episode());
        }
      } else if (told != null) {
        if (!alert.hasSilences()) {
          resolved.add(NotifiedAlert.of(alert, "resolved", List.of()));
        }
        notified.remove(id);
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
    put(group.flushed(members, notified, sentAt, sequence));
  }

  private void repeat(NotificationGroup group, Instant now) {
    List<NotifiedAlert> firing = new ArrayList<>();
    for (String id : group.notified().keySet()) {
      Alert alert = alerts.apply(id);
      if (alert != null
          && alert.state() == AlertState.FIRING
          && !alert.hasAcknowledgement()
          && sendable(alert)) {
        firing.add(NotifiedAlert.of(alert, "firing", covered(alert)));
      }
    }
    int sequence = group.sequence();
    if (!firing.isEmpty()) {
      sequence++;
      out.accept(
          group.notification(
              NotificationKind.REPEAT, sequence, now, firing, List.of(), group.notified().size()));
    }
    // Nothing to repeat counts as a repeat too, so the group is looked at again only a period on.
    put(group.repeated(now, sequence));
  }

  private void escalate(Instant now, Routing routing, AlertSaver saver) {
    Routes routes = settings.routes().get();
    Map<String, List<Alert>> byTarget = new LinkedHashMap<>();
    Map<String, Route> targets = new LinkedHashMap<>();
    for (Alert alert : active.all()) {
      if (alert.state() != AlertState.FIRING
          || alert.firedAt() == null
          || alert.hasAcknowledgement()
          || !sendable(alert)) {
        continue;
      }
      Duration after = routing.escalateAfter().multipliedBy(alert.escalations() + 1L);
      if (now.isBefore(alert.firedAt().plus(after))) {
        continue;
      }
      routes
          .above(alert.path(), alert.escalations() + 1)
          .ifPresent(
              route -> {
                String key =
                    route.unit() + "|" + alert.indicator() + "|" + (alert.escalations() + 1);
                targets.put(key, route);
                byTarget.computeIfAbsent(key, k -> new ArrayList<>()).add(alert);
              });
    }
    for (Map.Entry<String, List<Alert>> batch : byTarget.entrySet()) {
      Route route = targets.get(batch.getKey());
      List<Alert> escalated = batch.getValue();
      escalated.sort(Comparator.comparing(Alert::id));
      int level = escalated.get(0).escalations() + 1;
      List<String> parts = new ArrayList<>();
      for (Alert alert : escalated) {
        parts.add(alert.id() + "#" + alert.episode());
      }
      List<String> told = new ArrayList<>();
      for (Receiver receiver : route.receivers()) {
        told.add(receiver.id());
        out.accept(
            new Notification(
                Notification.idOf(
                    "escalation", receiver.id(), String.valueOf(level), String.join(",", parts)),
                NotificationKind.ESCALATION,
                receiver.id(),
                route.unit(),
                null,
                escalated.get(0).indicator(),
                now,
                escalated.stream()
                    .map(alert -> NotifiedAlert.of(alert, "firing", covered(alert)))
                    .toList(),
                List.of(),
                escalated.size(),
                level));
      }
      for (Alert alert : escalated) {
        saver.save(AlertActions.escalate(alert, told, now), alert);
      }
    }
  }

  private void digest(Instant now, Routing routing) {
    LocalDateTime local = LocalDateTime.ofInstant(now, VietnamTime.ZONE);
    if (local.toLocalTime().isBefore(routing.digestAt())) {
      return;
    }
    LocalDate today = local.toLocalDate();
    Map<String, List<NotificationGroup>> byReceiver = new LinkedHashMap<>();
    for (NotificationGroup group : groups.values()) {
      byReceiver.computeIfAbsent(group.receiver(), receiver -> new ArrayList<>()).add(group);
    }
    for (Map.Entry<String, List<NotificationGroup>> receiver : byReceiver.entrySet()) {
      if (today.toString().equals(digests.get(receiver.getKey()))) {
        continue;
      }
      digests.put(receiver.getKey(), today.toString());
      List<NotifiedAlert> firing = new ArrayList<>();
      for (NotificationGroup group : receiver.getValue()) {
        for (String id : group.notified().keySet()) {
          Alert alert = alerts.apply(id);
          if (alert != null && alert.state() == AlertState.FIRING && !alert.hasSilences()) {
            firing.add(NotifiedAlert.of(alert, "firing", List.of()));
          }
        }
      }
      if (!firing.isEmpty()) {
        out.accept(
            new Notification(
                Notification.idOf("digest", receiver.getKey(), today.toString()),
                NotificationKind.DIGEST,
                receiver.getKey(),
                receiver.getValue().get(0).receiverUnit(),
                null,
                null,
                now,
                firing,
                List.of(),
                firing.size(),
                0));
      }
    }
  }

  /** Neither silenced nor carried by a firing alert of a unit above it on the same indicator. */
  private boolean sendable(Alert alert) {
    return !alert.hasSilences() && !carriedAbove(alert);
  }

  private boolean carriedAbove(Alert alert) {
    for (String ancestor :
        alert.path().subList(Math.min(1, alert.path().size()), alert.path().size())) {
      for (Alert above : active.of(ValueKey.of(ancestor, alert.indicator()))) {
        if (above.state() == AlertState.FIRING) {
          return true;
        }
      }
    }
    return false;
  }

  private List<NotifiedAlert.CoveredUnit> covered(Alert alert) {
    List<NotifiedAlert.CoveredUnit> covered = new ArrayList<>();
    for (Alert below : active.all()) {
      if (below.state() == AlertState.FIRING
          && below.indicator().equals(alert.indicator())
          && !below.unit().equals(alert.unit())
          && below.path().contains(alert.unit())) {
        covered.add(
            new NotifiedAlert.CoveredUnit(
                below.unit(), below.unitName(), below.rule(), below.value()));
      }
    }
    covered.sort(Comparator.comparing(NotifiedAlert.CoveredUnit::unit));
    return covered;
  }

  private static String parentOf(Alert alert) {
    return alert.path().size() > 1 ? alert.path().get(1) : "-";
  }

  private void put(NotificationGroup group) {
    groups.put(group.key(), group);
    store.put(group.key(), group);
  }
}
