package vn.dxmonitor.ingest.format;

import java.util.List;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.event.Violation;

/**
 * One item of a request body as read: its fields, as far as they could be read, and what was wrong
 * with their types. {@code event} is never null; unreadable fields are null in it.
 */
public record ReadEvent(MetricEvent event, List<Violation> violations) {}
