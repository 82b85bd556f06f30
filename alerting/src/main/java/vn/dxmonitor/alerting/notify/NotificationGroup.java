package vn.dxmonitor.alerting.notify;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one receiver has been told about the alerts of one parent unit and indicator: the engine
 * compares it with the alerts as they are to decide what to send, so an alert that never fired
 * sends nothing and one that fired and resolved sends exactly one notice each way.
 *
 * @param members the alerts routed to this group that may still need a notice
 * @param notified the episode of each alert the receiver was told is firing
 * @param changedSince since when a member changed in a way not yet sent; null when nothing has
 * @param sentAt when the group last sent anything; null before its first notification
 * @param sequence how many notifications the group has sent, for their ids
 */
public record NotificationGroup(
    String key,
    String receiver,
    String receiverUnit,
    String parent,
    String indicator,
    Set<String> members,
    Map<String, Integer> notified,
    Instant changedSince,
    Instant sentAt,
    int sequence) {

  public NotificationGroup {
    members = members == null ? new TreeSet<>() : new TreeSet<>(members);
    notified = notified == null ? new TreeMap<>() : new TreeMap<>(notified);
  }

  public static String keyOf(String receiver, String parent, String indicator) {
    return receiver + "|" + parent + "|" + indicator;
  }
}
