package vn.dxmonitor.dashboard.submission;

/** The viewer's role does not allow the step, or not on this unit. */
public final class NotPermittedException extends RuntimeException {

  public NotPermittedException(String message) {
    super(message);
  }
}
