package vn.dxmonitor.model.alert;

import java.time.Instant;

/**
 * An operator's action on an alert, sent through {@code dx.alert-commands} to the instance that
 * owns the alert's province, so that actions and evaluations of one alert never race.
 *
 * @param action {@code ack}, {@code unack}, {@code assign} or {@code comment}
 * @param text the comment, or the acknowledgement's comment
 * @param at when the operator acted; with {@code by}, how the sender finds its change in the
 *     alert's history
 */
public record AlertCommand(
    String alertId, String action, String by, String text, String assignee, Instant at) {

  public static final String ACK = "ack";
  public static final String UNACK = "unack";
  public static final String ASSIGN = "assign";
  public static final String COMMENT = "comment";
}
