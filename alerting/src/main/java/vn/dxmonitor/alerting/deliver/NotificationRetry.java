package vn.dxmonitor.alerting.deliver;

import java.time.Instant;
import vn.dxmonitor.alerting.notify.Notification;

/**
 * A notification waiting for another attempt on one channel, kept on {@link
 * NotificationRetries#TOPIC} until it is due: the wait survives a restart, and the consumer of
 * {@code dx.notifications} goes on to the next notification instead of waiting it out.
 *
 * @param channel the one channel to try again; the others were done with when it failed
 * @param attempt the number of the attempt it waits for, 2 for the first retry
 * @param dueAt when that attempt may be made
 * @param lastError why the attempt before failed
 */
public record NotificationRetry(
    Notification notification, String channel, int attempt, Instant dueAt, String lastError) {}
