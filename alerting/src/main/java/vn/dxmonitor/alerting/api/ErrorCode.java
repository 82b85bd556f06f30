package vn.dxmonitor.alerting.api;

import org.springframework.http.HttpStatus;
import vn.dxmonitor.runtime.web.ProblemCode;

/**
 * Every way an alerting API request can fail, with the HTTP status it maps to. The title is the
 * status's own phrase, as the alerting API has always answered.
 */
public enum ErrorCode implements ProblemCode {
  MISSING_API_KEY(HttpStatus.UNAUTHORIZED, "missing-api-key"),
  INVALID_API_KEY(HttpStatus.UNAUTHORIZED, "invalid-api-key"),
  OPERATOR_KEY_REQUIRED(HttpStatus.FORBIDDEN, "operator-key-required"),
  NATIONAL_ADMIN_KEY_REQUIRED(HttpStatus.FORBIDDEN, "national-admin-key-required"),
  OUTSIDE_SCOPE(HttpStatus.FORBIDDEN, "outside-scope"),
  INVALID_PARAMETER(HttpStatus.BAD_REQUEST, "invalid-parameter"),
  INVALID_CONFIGURATION(HttpStatus.BAD_REQUEST, "invalid-configuration"),
  NOT_FOUND(HttpStatus.NOT_FOUND, "not-found"),
  CONFLICT(HttpStatus.CONFLICT, "conflict"),
  NOT_YET_APPLIED(HttpStatus.GATEWAY_TIMEOUT, "not-yet-applied"),
  BROKER_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "broker-unavailable"),
  SEARCH_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "search-unavailable");

  private final Definition definition;

  ErrorCode(HttpStatus status, String code) {
    this.definition = new Definition(status, code, status.getReasonPhrase());
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
