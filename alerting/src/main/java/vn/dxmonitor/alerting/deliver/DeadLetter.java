package vn.dxmonitor.alerting.deliver;

import java.time.Instant;
import vn.dxmonitor.alerting.notify.Notification;

/**
 * A notification a channel gave up on, kept on {@link DeadLetters#TOPIC} with why, so an operator
 * can see what did not arrive and send it again.
 */
public record DeadLetter(
    String notificationId,
    String receiver,
    String channel,
    int attempts,
    String error,
    Instant at,
    Notification notification) {}
