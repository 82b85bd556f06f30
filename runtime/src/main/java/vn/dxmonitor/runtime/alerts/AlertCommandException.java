package vn.dxmonitor.runtime.alerts;

/**
 * An operator's action that did not take effect in time.
 *
 * @param stored whether the broker has the action, which then applies later; otherwise it was not
 *     sent at all
 */
public class AlertCommandException extends RuntimeException {

  private final boolean stored;

  public AlertCommandException(boolean stored, String message) {
    super(message);
    this.stored = stored;
  }

  public boolean isStored() {
    return stored;
  }
}
