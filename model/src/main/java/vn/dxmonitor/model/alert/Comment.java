package vn.dxmonitor.model.alert;

import java.time.Instant;

/** A note an operator left on an alert. */
public record Comment(String by, Instant at, String text) {}
