package vn.dxmonitor.alerting.api;

/**
 * A request the alerting API refuses.
 *
 * @param field the parameter or body field at fault, when there is one
 */
public class AlertingApiException extends RuntimeException {

  private final ErrorCode code;
  private final String field;

  public AlertingApiException(ErrorCode code, String field, String message) {
    super(message);
    this.code = code;
    this.field = field;
  }

  public static AlertingApiException invalid(String field, String message) {
    return new AlertingApiException(ErrorCode.INVALID_PARAMETER, field, message);
  }

  public static AlertingApiException notFound(String what) {
    return new AlertingApiException(ErrorCode.NOT_FOUND, null, what + " not found");
  }

  public ErrorCode code() {
    return code;
  }

  public String field() {
    return field;
  }
}
