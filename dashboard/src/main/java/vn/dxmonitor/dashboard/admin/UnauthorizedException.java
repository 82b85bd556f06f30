package vn.dxmonitor.dashboard.admin;

/** A request without a working administrator key: 401, or 403 when the key works but is not one. */
public class UnauthorizedException extends RuntimeException {

  private final boolean forbidden;

  public UnauthorizedException(boolean forbidden, String message) {
    super(message);
    this.forbidden = forbidden;
  }

  public boolean isForbidden() {
    return forbidden;
  }
}
