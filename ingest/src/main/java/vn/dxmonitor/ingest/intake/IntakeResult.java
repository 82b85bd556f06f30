package vn.dxmonitor.ingest.intake;

import java.util.List;

/**
 * What became of a request's items: how many were stored, how many were repeats, why the rest were
 * refused, and the outcome of each item by position.
 */
public record IntakeResult(
    int accepted,
    int duplicates,
    List<RejectedEvent> rejected,
    List<EventIntake.Outcome> outcomes) {}
