package vn.dxmonitor.ingest.format;

/** A body that cannot be split into items at all: not JSON, or not of the format's shape. */
public class UnreadableBodyException extends RuntimeException {

  public UnreadableBodyException(String message) {
    super(message);
  }
}
