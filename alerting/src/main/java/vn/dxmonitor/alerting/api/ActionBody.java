package vn.dxmonitor.alerting.api;

/**
 * The body of an action on an alert; which fields count depends on the action.
 *
 * @param comment for {@code ack}: why, or what is being done
 * @param assignee for {@code assign}: who takes the alert; null or blank to unassign
 * @param text for {@code comments}: the comment
 */
public record ActionBody(String comment, String assignee, String text) {

  static final ActionBody EMPTY = new ActionBody(null, null, null);
}
