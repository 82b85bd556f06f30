package vn.dxmonitor.model.submission;

/** What can be done to a submission; {@link SubmissionWorkflow} decides when each is allowed. */
public enum SubmissionAction {
  SAVE,
  SUBMIT,
  RETURN,
  ACCEPT
}
