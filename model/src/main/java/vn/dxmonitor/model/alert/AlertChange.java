package vn.dxmonitor.model.alert;

import java.time.Instant;

/**
 * One entry of an alert's history: a transition of its state, or something done to it.
 *
 * @param action what happened, e.g. {@code firing}, {@code acknowledged}, {@code escalated}
 * @param by who did it: {@code rule} for the evaluation itself, else the operator or key
 * @param state the alert's state after the change
 */
public record AlertChange(Instant at, String action, String by, AlertState state, String note) {}
