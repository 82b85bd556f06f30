package vn.dxmonitor.model.trajectory;

import vn.dxmonitor.model.catalog.Target;

/**
 * A unit's standing against one target at a date. {@code gap} is signed so that a negative gap is
 * always bad, whichever direction the target runs; {@code daysBehind} is null when the trajectory
 * never expected a value as poor as the actual one; {@code projected} is the value the recent trend
 * reaches at the deadline, null without enough history.
 */
public record Assessment(
    Target target, Status status, double expected, Double gap, Long daysBehind, Double projected) {}
