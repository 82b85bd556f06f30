package vn.dxmonitor.ingest.http;

import java.time.Duration;
import java.util.Map;

/** A request the ingest API refuses as a whole; rendered as {@code application/problem+json}. */
public class IngestException extends RuntimeException {

  private final ErrorCode code;
  private final transient Map<String, Object> properties;
  private final Duration retryAfter;

  public IngestException(ErrorCode code, String detail) {
    this(code, detail, Map.of(), null, null);
  }

  public IngestException(
      ErrorCode code,
      String detail,
      Map<String, Object> properties,
      Duration retryAfter,
      Throwable cause) {
    super(detail, cause);
    this.code = code;
    this.properties = Map.copyOf(properties);
    this.retryAfter = retryAfter;
  }

  public static IngestException retryAfter(ErrorCode code, String detail, Duration wait) {
    return new IngestException(code, detail, Map.of(), wait, null);
  }

  public ErrorCode code() {
    return code;
  }

  public Map<String, Object> properties() {
    return properties;
  }

  /** How long the client should wait before retrying, or null when retrying will not help. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
