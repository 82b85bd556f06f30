package vn.dxmonitor.dashboard.api;

import org.springframework.http.HttpStatus;

/** Every way a read API request can fail, with the HTTP status it maps to. */
public enum ErrorCode {
  MISSING_PARAMETER(HttpStatus.BAD_REQUEST, "missing-parameter", "Required parameter missing"),
  INVALID_PARAMETER(HttpStatus.BAD_REQUEST, "invalid-parameter", "Parameter value not accepted"),
  UNKNOWN_UNIT(HttpStatus.NOT_FOUND, "unknown-unit", "Unit not found"),
  UNKNOWN_PLAN(HttpStatus.NOT_FOUND, "unknown-plan", "Plan not found"),
  ALREADY_FROZEN(HttpStatus.CONFLICT, "already-frozen", "Ranking frozen already"),
  SEARCH_UNAVAILABLE(
      HttpStatus.SERVICE_UNAVAILABLE, "search-unavailable", "Search is unavailable; retry");

  private final HttpStatus status;
  private final String code;
  private final String title;

  ErrorCode(HttpStatus status, String code, String title) {
    this.status = status;
    this.code = code;
    this.title = title;
  }

  public HttpStatus status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }
}
