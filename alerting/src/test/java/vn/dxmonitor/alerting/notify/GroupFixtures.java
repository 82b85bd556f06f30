package vn.dxmonitor.alerting.notify;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import vn.dxmonitor.model.alert.Alert;

/** Notification groups in the state a test needs, without going through the grouping policy. */
final class GroupFixtures {

  private GroupFixtures() {}

  /**
   * The province receiver's group of an indicator, whose message number {@code sequence}, sent at
   * {@code sentAt}, told it these alerts were firing.
   */
  static NotificationGroup told(
      String receiver,
      String receiverUnit,
      String indicator,
      Instant sentAt,
      int sequence,
      Alert... firing) {
    Map<String, Integer> notified = new TreeMap<>();
    for (Alert alert : firing) {
      notified.put(alert.id(), alert.timeline().episode());
    }
    return new NotificationGroup(
        NotificationGroup.keyOf(receiver, AlertFixtures.PROVINCE, indicator),
        receiver,
        receiverUnit,
        AlertFixtures.PROVINCE,
        indicator,
        notified.keySet(),
        notified,
        null,
        sentAt,
        sequence);
  }
}
