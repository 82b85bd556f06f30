package vn.dxmonitor.dashboard.admin;

/**
 * The change contradicts what the catalog holds: creating what exists, or updating what does not.
 */
public class ConflictException extends RuntimeException {

  private final boolean missing;

  private ConflictException(String message, boolean missing) {
    super(message);
    this.missing = missing;
  }

  public static ConflictException exists(String what) {
    return new ConflictException(what + " exists already; change it with PUT", false);
  }

  public static ConflictException missing(String what) {
    return new ConflictException(what + " is not in the catalog", true);
  }

  public boolean isMissing() {
    return missing;
  }
}
