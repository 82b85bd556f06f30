package vn.dxmonitor.ingest.http;

import org.springframework.http.HttpStatus;

/** Every way a whole ingest request can fail, with the HTTP status it maps to. */
public enum ErrorCode {
  MISSING_API_KEY(HttpStatus.UNAUTHORIZED, "missing-api-key", "API key required"),
  INVALID_API_KEY(HttpStatus.UNAUTHORIZED, "invalid-api-key", "API key not recognised"),
  UNPARSEABLE_BODY(HttpStatus.BAD_REQUEST, "unparseable-body", "Request body is not valid JSON"),
  NO_VALID_EVENT(HttpStatus.BAD_REQUEST, "no-valid-event", "No valid event in the request"),
  BATCH_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "batch-too-large", "Too many events"),
  BROKER_UNAVAILABLE(
      HttpStatus.SERVICE_UNAVAILABLE, "broker-unavailable", "Events could not be stored; retry");

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
