package vn.dxmonitor.ingest.publish;

/** The broker did not acknowledge a batch; the client should retry it. */
public class PublishFailedException extends RuntimeException {

  public PublishFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
