package vn.dxmonitor.alerting.lifecycle;

/** An operator's action that the alert's current state does not allow. */
public class ActionRefusedException extends RuntimeException {

  public ActionRefusedException(String message) {
    super(message);
  }
}
