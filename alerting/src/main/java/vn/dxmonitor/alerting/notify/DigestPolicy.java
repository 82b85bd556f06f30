package vn.dxmonitor.alerting.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.dxmonitor.alerting.route.Routing;
import vn.dxmonitor.model.alert.AlertState;
import vn.dxmonitor.model.time.VietnamTime;

/**
 * Gives each receiver, once a day at {@code digestAt} Vietnam time, the list of the alerts it was
 * told of that are still firing and not silenced, so a day's picture does not depend on having read
 * every message. A receiver with nothing firing gets nothing that day.
 */
final class DigestPolicy {

  private final Groups groups;
  private final DigestDays days;
  private final AlertLookup alerts;
  private final Consumer<Notification> out;

  DigestPolicy(Groups groups, DigestDays days, AlertLookup alerts, Consumer<Notification> out) {
    this.groups = groups;
    this.days = days;
    this.alerts = alerts;
    this.out = out;
  }

  void digest(Routing routing, Instant now) {
    LocalDateTime local = LocalDateTime.ofInstant(now, VietnamTime.ZONE);
    if (local.toLocalTime().isBefore(routing.digestAt())) {
      return;
    }
    LocalDate today = local.toLocalDate();
    Map<String, List<NotificationGroup>> byReceiver = new LinkedHashMap<>();
    for (NotificationGroup group : groups.all()) {
      byReceiver.computeIfAbsent(group.receiver(), receiver -> new ArrayList<>()).add(group);
    }
    for (Map.Entry<String, List<NotificationGroup>> receiver : byReceiver.entrySet()) {
      if (days.sentOn(receiver.getKey(), today)) {
        continue;
      }
      days.sent(receiver.getKey(), today);
      List<NotifiedAlert> firing = new ArrayList<>();
      for (NotificationGroup group : receiver.getValue()) {
        for (String id : group.notified().keySet()) {
          alerts
              .find(id)
              .filter(alert -> alert.state() == AlertState.FIRING && !alert.hasSilences())
              .map(alert -> NotifiedAlert.of(alert, "firing", List.of()))
              .ifPresent(firing::add);
        }
      }
      if (!firing.isEmpty()) {
        out.accept(
            Notification.digest(
                receiver.getKey(), receiver.getValue().get(0).receiverUnit(), today, now, firing));
      }
    }
  }
}
