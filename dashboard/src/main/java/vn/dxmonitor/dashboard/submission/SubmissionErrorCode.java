package vn.dxmonitor.dashboard.submission;

import org.springframework.http.HttpStatus;
import vn.dxmonitor.runtime.web.ProblemCode;

/** Every way a step on a self-reported figure can be refused, with its HTTP status. */
public enum SubmissionErrorCode implements ProblemCode {
  INVALID_FIGURE(HttpStatus.BAD_REQUEST, "invalid-figure", "Figure not accepted"),
  NOT_PERMITTED(HttpStatus.FORBIDDEN, "not-permitted", "Step not permitted"),
  SUBMISSION_CONFLICT(
      HttpStatus.CONFLICT, "submission-conflict", "Figure not in a state for this step"),
  STORE_UNAVAILABLE(
      HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", "The figure could not be stored; retry");

  private final Definition definition;

  SubmissionErrorCode(HttpStatus status, String code, String title) {
    this.definition = new Definition(status, code, title);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
