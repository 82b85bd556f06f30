package vn.dxmonitor.ingest.intake;

import java.util.List;
import vn.dxmonitor.model.event.Violation;

/** An item of a batch that was refused, by its position in the request. */
public record RejectedEvent(int index, String eventId, List<Violation> errors) {}
