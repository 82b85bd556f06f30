package vn.dxmonitor.model.submission;

/**
 * Where a self-reported figure stands. Only a published figure counts: it has become a report
 * event, and from there status, rankings and reviews see it like any other.
 */
public enum SubmissionState {
  /** Entered and saved by the unit's reporter; the verifier does not see it yet. */
  DRAFT,
  /** Sent for verification; no longer editable until the verifier decides. */
  SUBMITTED,
  /** Sent back by the verifier with a comment; the reporter corrects it and submits again. */
  RETURNED,
  /** Accepted by the verifier and published as a report event. */
  PUBLISHED
}
