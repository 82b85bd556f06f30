package vn.dxmonitor.ingest.http;

import java.util.List;
import vn.dxmonitor.ingest.intake.RejectedEvent;

/**
 * The answer to a batch: how many were stored, how many were repeats, and why the rest were not.
 */
public record EventsAnswer(int accepted, int duplicates, List<RejectedEvent> rejected) {}
