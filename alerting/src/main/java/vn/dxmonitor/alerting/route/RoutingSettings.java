package vn.dxmonitor.alerting.route;

/**
 * How notifications are timed, as written (ISO-8601 durations, {@code HH:mm}); absent fields take
 * the defaults of {@link Routing}.
 *
 * @param groupWait how long a new group waits for more alerts before its first notification
 * @param groupInterval how long after one notification of a group the next may follow
 * @param repeatInterval how often a group's unacknowledged firing alerts are sent again
 * @param escalateAfter how long a firing alert may go unacknowledged before the receivers one level
 *     up are told, and again at each further multiple
 * @param digestAt when each receiver's daily digest goes out, Vietnam time
 */
public record RoutingSettings(
    String groupWait,
    String groupInterval,
    String repeatInterval,
    String escalateAfter,
    String digestAt) {}
