package vn.dxmonitor.model.submission;

import java.time.Instant;

/**
 * One transition of a submission, as its audit trail keeps it: who did what and when, the state and
 * the figure before and after, and the comment a verifier gave.
 *
 * @param actor {@code user:<name>} or {@code key:<id>}
 */
public record SubmissionStep(
    Instant at,
    String actor,
    SubmissionAction action,
    SubmissionState from,
    SubmissionState to,
    EnteredFigure before,
    EnteredFigure after,
    String comment) {}
