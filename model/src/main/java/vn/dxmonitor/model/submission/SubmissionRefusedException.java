package vn.dxmonitor.model.submission;

/**
 * A step the workflow does not allow, naming the field at fault and why.
 *
 * @param conflict true when the request was sound but the submission is not in a state for it (or
 *     was changed meanwhile), false when the request itself is wrong
 */
public final class SubmissionRefusedException extends RuntimeException {

  private final String field;
  private final boolean conflict;

  public SubmissionRefusedException(String field, String reason, boolean conflict) {
    super(reason);
    this.field = field;
    this.conflict = conflict;
  }

  public String field() {
    return field;
  }

  public boolean conflict() {
    return conflict;
  }
}
