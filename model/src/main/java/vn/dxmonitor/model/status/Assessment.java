package vn.dxmonitor.model.status;

import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.model.value.IndicatorValue;

/**
 * A unit's standing against one target at a date. {@code gap} is signed so that a negative gap is
 * always bad, whichever direction the target runs; {@code daysBehind} is null when the trajectory
 * never expected a value as poor as the actual one; {@code projected} is the value the recent trend
 * reaches at the deadline, null without enough history.
 */
public record Assessment(
    Target target, Status status, double expected, Double gap, Long daysBehind, Double projected) {
  /** The value with this standing against its target: what the processor publishes. */
  public IndicatorValue appliedTo(IndicatorValue value) {
    return new IndicatorValue(
        value.where(),
        value.indicator(),
        value.kind(),
        value.window(),
        value.yearToDate(),
        value.activity(),
        new IndicatorValue.Standing(
            value.standing().baseline(),
            target().id(),
            target().planId(),
            target().comparator().symbol(),
            target().value(),
            target().deadline(),
            expected(),
            status(),
            gap(),
            daysBehind()),
        value.periodToDate(),
        value.children(),
        value.updatedAt());
  }
}
