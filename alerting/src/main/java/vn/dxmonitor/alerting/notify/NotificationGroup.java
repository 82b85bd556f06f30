package vn.dxmonitor.alerting.notify;

import java.time.Instant;
import java.util.List;
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

  /** A group's first member, changed at {@code at}. */
  public static NotificationGroup open(
      String receiver,
      String receiverUnit,
      String parent,
      String indicator,
      String member,
      Instant at) {
    return new NotificationGroup(
        keyOf(receiver, parent, indicator),
        receiver,
        receiverUnit,
        parent,
        indicator,
        Set.of(member),
        null,
        at,
        null,
        0);
  }

  /**
   * The group with a change at {@code at} still to send, and {@code member} among its members (null
   * adds none); an earlier unsent change keeps its time, so the group wait is not extended.
   */
  public NotificationGroup changed(String member, Instant at) {
    Set<String> more = new TreeSet<>(members);
    if (member != null) {
      more.add(member);
    }
    return new NotificationGroup(
        key,
        receiver,
        receiverUnit,
        parent,
        indicator,
        more,
        notified,
        changedSince == null ? at : changedSince,
        sentAt,
        sequence);
  }

  /** The group after its changes were looked at: nothing left to send. */
  public NotificationGroup flushed(
      Set<String> members, Map<String, Integer> notified, Instant sentAt, int sequence) {
    return new NotificationGroup(
        key, receiver, receiverUnit, parent, indicator, members, notified, null, sentAt, sequence);
  }

  /** The group after a repeat was considered at {@code at}, sent or not. */
  public NotificationGroup repeated(Instant at, int sequence) {
    return new NotificationGroup(
        key,
        receiver,
        receiverUnit,
        parent,
        indicator,
        members,
        notified,
        changedSince,
        at,
        sequence);
  }

  /** The group's notification number {@code sequence}. */
  public Notification notification(
      NotificationKind kind,
      int sequence,
      Instant at,
      List<NotifiedAlert> firing,
      List<NotifiedAlert> resolved,
      int stillFiring) {
    return new Notification(
        Notification.idOf(key, String.valueOf(sequence)),
        kind,
        receiver,
        receiverUnit,
        parent,
        indicator,
        at,
        firing,
        resolved,
        stillFiring,
        0);
  }
}
