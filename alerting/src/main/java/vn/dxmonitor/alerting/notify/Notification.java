package vn.dxmonitor.alerting.notify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * One message to one receiver, as the engine decides it; the dispatcher delivers it on every
 * channel the receiver has. Its id is derived from what it is (a group and its sequence number, an
 * escalation, a digest day), so a redelivery carries the same id and a receiver can drop it.
 *
 * @param parent the parent unit shared by the group's alerts; null for escalations and digests
 * @param firing alerts the receiver should now see as firing
 * @param resolved alerts that resolved after the receiver was told they fired
 * @param stillFiring how many of the group's alerts the receiver knows to be firing, after this
 * @param level for an escalation, how many levels above the alerts' own receivers this one is
 */
public record Notification(
    String id,
    NotificationKind kind,
    String receiver,
    String receiverUnit,
    String parent,
    String indicator,
    Instant at,
    List<NotifiedAlert> firing,
    List<NotifiedAlert> resolved,
    int stillFiring,
    int level) {

  public Notification {
    firing = firing == null ? List.of() : List.copyOf(firing);
    resolved = resolved == null ? List.of() : List.copyOf(resolved);
  }

  /**
   * Firing alerts escalated to a receiver {@code level} routes above their own; its id names the
   * receiver, the level and each alert's episode, so the same escalation is recognised as such.
   */
  public static Notification escalation(
      String receiver,
      String receiverUnit,
      String indicator,
      int level,
      Instant at,
      List<NotifiedAlert> firing) {
    String alerts =
        String.join(",", firing.stream().map(alert -> alert.id() + "#" + alert.episode()).toList());
    return new Notification(
        idOf("escalation", receiver, String.valueOf(level), alerts),
        NotificationKind.ESCALATION,
        receiver,
        receiverUnit,
        null,
        indicator,
        at,
        firing,
        List.of(),
        firing.size(),
        level);
  }

  /** A receiver's digest of {@code day}: one a day, so the day is its id. */
  public static Notification digest(
      String receiver, String receiverUnit, LocalDate day, Instant at, List<NotifiedAlert> firing) {
    return new Notification(
        idOf("digest", receiver, day.toString()),
        NotificationKind.DIGEST,
        receiver,
        receiverUnit,
        null,
        null,
        at,
        firing,
        List.of(),
        firing.size(),
        0);
  }

  /**
   * A reminder of the figure {@code due} names, to its unit's reporters: one per episode of the
   * reminder, so the same reminder is recognised as such and a new period's is a new one.
   */
  public static Notification reminder(String receiver, Instant at, NotifiedAlert due) {
    return new Notification(
        idOf("reminder", receiver, due.id(), String.valueOf(due.episode())),
        NotificationKind.REMINDER,
        receiver,
        due.unit(),
        null,
        due.indicator(),
        at,
        List.of(due),
        List.of(),
        1,
        0);
  }

  /** A stable id for what a notification is: the same parts give the same id. */
  public static String idOf(String... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8));
      return "n-" + HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
