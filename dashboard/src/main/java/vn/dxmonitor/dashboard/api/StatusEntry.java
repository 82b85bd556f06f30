package vn.dxmonitor.dashboard.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.model.value.IndicatorValue;

/**
 * Where a unit stands on one indicator. Nulls are written out, so that an indicator with nothing
 * reported yet reads as {@code "value": null} rather than as a missing field.
 *
 * @param value over the indicator's trailing window, the one compared with the trajectory
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StatusEntry(
    String unit,
    String indicator,
    Double value,
    Long numerator,
    Long denominator,
    Double valueYtd,
    Double expected,
    Double target,
    String comparator,
    LocalDate deadline,
    Status status,
    Double gap,
    Long daysBehind,
    String planId,
    String targetId,
    Instant updatedAt) {

  public static StatusEntry of(IndicatorValue value) {
    return new StatusEntry(
        value.unit(),
        value.indicator(),
        value.value(),
        value.numerator(),
        value.denominator(),
        value.valueYtd(),
        value.expected(),
        value.target(),
        value.comparator(),
        value.deadline(),
        value.status(),
        value.gap(),
        value.daysBehind(),
        value.planId(),
        value.targetId(),
        value.updatedAt());
  }

  /** An indicator the processor has produced no value for. */
  public static StatusEntry empty(String unit, String indicator) {
    return new StatusEntry(
        unit, indicator, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null);
  }
}
