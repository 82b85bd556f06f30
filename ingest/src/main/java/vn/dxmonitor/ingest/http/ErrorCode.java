package vn.dxmonitor.ingest.http;

import org.springframework.http.HttpStatus;
import vn.dxmonitor.runtime.web.ProblemCode;

/** Every way a whole ingest request can fail, with the HTTP status it maps to. */
public enum ErrorCode implements ProblemCode {
  MISSING_API_KEY(HttpStatus.UNAUTHORIZED, "missing-api-key", "API key required"),
  INVALID_API_KEY(HttpStatus.UNAUTHORIZED, "invalid-api-key", "API key not recognised"),
  NOT_A_SOURCE(
      HttpStatus.FORBIDDEN, "source-key-required", "A source or administrator key is required"),
  UNPARSEABLE_BODY(HttpStatus.BAD_REQUEST, "unparseable-body", "Request body cannot be read"),
  NO_VALID_EVENT(HttpStatus.BAD_REQUEST, "no-valid-event", "No valid event in the request"),
  UNSUPPORTED_MEDIA_TYPE(
      HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Content type not supported"),
  TOO_MANY_EVENTS(HttpStatus.CONTENT_TOO_LARGE, "too-many-events", "Too many events"),
  BODY_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Request body too large"),
  RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many events from this key"),
  BROKER_UNAVAILABLE(
      HttpStatus.SERVICE_UNAVAILABLE, "broker-unavailable", "Events could not be stored; retry");

  private final Definition definition;

  ErrorCode(HttpStatus status, String code, String title) {
    this.definition = new Definition(status, code, title);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
