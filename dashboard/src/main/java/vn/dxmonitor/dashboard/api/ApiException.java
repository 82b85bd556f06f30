package vn.dxmonitor.dashboard.api;

/** A request the read API refuses, naming the query parameter at fault. */
public class ApiException extends RuntimeException {

  private final ErrorCode code;
  private final String parameter;

  public ApiException(ErrorCode code, String parameter, String message) {
    super(message);
    this.code = code;
    this.parameter = parameter;
  }

  public static ApiException missing(String parameter) {
    return new ApiException(
        ErrorCode.MISSING_PARAMETER,
        parameter,
        "query parameter '" + parameter + "' is required, but was not given");
  }

  public ErrorCode code() {
    return code;
  }

  public String parameter() {
    return parameter;
  }
}
