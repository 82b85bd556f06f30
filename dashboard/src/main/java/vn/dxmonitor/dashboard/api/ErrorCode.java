package vn.dxmonitor.dashboard.api;

import org.springframework.http.HttpStatus;
import vn.dxmonitor.runtime.web.ProblemCode;

/** Every way a read API request can fail, with the HTTP status it maps to. */
public enum ErrorCode implements ProblemCode {
  MISSING_PARAMETER(HttpStatus.BAD_REQUEST, "missing-parameter", "Required parameter missing"),
  INVALID_PARAMETER(HttpStatus.BAD_REQUEST, "invalid-parameter", "Parameter value not accepted"),
  UNKNOWN_UNIT(HttpStatus.NOT_FOUND, "unknown-unit", "Unit not found"),
  UNKNOWN_PLAN(HttpStatus.NOT_FOUND, "unknown-plan", "Plan not found"),
  UNKNOWN_SCORECARD(HttpStatus.NOT_FOUND, "unknown-scorecard", "Scorecard not found"),
  UNKNOWN_EVIDENCE(HttpStatus.NOT_FOUND, "unknown-evidence", "Evidence file not found"),
  ALREADY_FROZEN(HttpStatus.CONFLICT, "already-frozen", "Ranking frozen already"),
  SEARCH_UNAVAILABLE(
      HttpStatus.SERVICE_UNAVAILABLE, "search-unavailable", "Search is unavailable; retry");

  private final Definition definition;

  ErrorCode(HttpStatus status, String code, String title) {
    this.definition = new Definition(status, code, title);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
