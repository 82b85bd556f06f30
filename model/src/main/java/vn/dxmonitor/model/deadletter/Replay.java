package vn.dxmonitor.model.deadletter;

import java.time.Instant;

/**
 * That a dead letter was sent back to {@code dx.metric-events}: which letter, when, by whom ({@code
 * user:<name>}, {@code key:<id>} or {@code cli:<login>}). Kept on {@code
 * dx.metric-events.dlt-replays}, compacted, keyed by the letter's {@code partition:offset}.
 */
public record Replay(String letter, Instant at, String by, String eventId) {}
