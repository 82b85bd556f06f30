package vn.dxmonitor.model.alert;

import java.time.Instant;

/** Someone has taken an alert in hand; until its state changes, it is not notified again. */
public record Acknowledgement(String by, Instant at, String comment) {}
