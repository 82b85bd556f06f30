package vn.dxmonitor.ingest.http;

import java.util.Map;

/** A request the ingest API refuses as a whole; rendered as {@code application/problem+json}. */
public class IngestException extends RuntimeException {

  private final ErrorCode code;
  private final transient Map<String, Object> properties;

  public IngestException(ErrorCode code, String detail) {
    this(code, detail, Map.of(), null);
  }

  public IngestException(
      ErrorCode code, String detail, Map<String, Object> properties, Throwable cause) {
    super(detail, cause);
    this.code = code;
    this.properties = Map.copyOf(properties);
  }

  public ErrorCode code() {
    return code;
  }

  public Map<String, Object> properties() {
    return properties;
  }
}
