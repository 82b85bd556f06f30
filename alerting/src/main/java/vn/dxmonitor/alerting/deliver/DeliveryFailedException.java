package vn.dxmonitor.alerting.deliver;

/**
 * A channel could not deliver a notification.
 *
 * @see #isPermanent()
 */
public class DeliveryFailedException extends Exception {

  private final boolean permanent;

  public DeliveryFailedException(String message, boolean permanent, Throwable cause) {
    super(message, cause);
    this.permanent = permanent;
  }

  public DeliveryFailedException(String message, boolean permanent) {
    this(message, permanent, null);
  }

  /** Trying again cannot help (the receiver refused it, or the channel is not set up). */
  public boolean isPermanent() {
    return permanent;
  }
}
