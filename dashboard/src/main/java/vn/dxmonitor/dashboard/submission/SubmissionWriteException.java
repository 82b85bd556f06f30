package vn.dxmonitor.dashboard.submission;

/** The broker did not commit a submission's step; nothing of it was stored. */
public final class SubmissionWriteException extends RuntimeException {

  public SubmissionWriteException(String message, Throwable cause) {
    super(message, cause);
  }
}
