package vn.dxmonitor.dashboard.admin;

import org.springframework.http.HttpStatus;
import vn.dxmonitor.runtime.web.ProblemCode;

/** Every way an administrative request can fail, with the HTTP status it maps to. */
public enum AdminErrorCode implements ProblemCode {
  INVALID_REQUEST(HttpStatus.BAD_REQUEST, "invalid-request", "Request not accepted"),
  MISSING_API_KEY(HttpStatus.UNAUTHORIZED, "missing-api-key", "An administrator key is required"),
  NOT_ADMIN(HttpStatus.FORBIDDEN, "admin-key-required", "An administrator key is required"),
  OUTSIDE_SCOPE(HttpStatus.FORBIDDEN, "outside-scope", "Beyond your own scope"),
  NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "Not found"),
  EXISTS(HttpStatus.CONFLICT, "exists", "Exists"),
  CATALOG_UNAVAILABLE(
      HttpStatus.SERVICE_UNAVAILABLE,
      "catalog-unavailable",
      "The catalog could not be stored; retry");

  private final Definition definition;

  AdminErrorCode(HttpStatus status, String code, String title) {
    this.definition = new Definition(status, code, title);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
