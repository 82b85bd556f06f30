package vn.dxmonitor.alerting.api;

import org.springframework.http.HttpStatus;

/**
 * A request the alerting API refuses.
 *
 * @param field the parameter or body field at fault, when there is one
 */
public class AlertingApiException extends RuntimeException {

  private final HttpStatus status;
  private final String code;
  private final String field;

  public AlertingApiException(HttpStatus status, String code, String field, String message) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = field;
  }

  public static AlertingApiException invalid(String field, String message) {
    return new AlertingApiException(HttpStatus.BAD_REQUEST, "invalid-parameter", field, message);
  }

  public static AlertingApiException notFound(String what) {
    return new AlertingApiException(HttpStatus.NOT_FOUND, "not-found", null, what + " not found");
  }

  public HttpStatus status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String field() {
    return field;
  }
}
