package vn.dxmonitor.alerting.deliver;

import vn.dxmonitor.alerting.notify.Notification;
import vn.dxmonitor.alerting.route.Receiver;

/** One way of reaching a receiver. */
public interface Channel {

  /** As named in metrics and dead letters: {@code webhook}, {@code email}. */
  String name();

  /** Whether the receiver has this channel at all. */
  boolean reaches(Receiver receiver);

  /**
   * Delivers the notification once; the caller retries.
   *
   * @throws DeliveryFailedException when it was not delivered
   */
  void send(Notification notification, Receiver receiver) throws DeliveryFailedException;
}
