package vn.dxmonitor.dashboard.status;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import vn.dxmonitor.model.trajectory.Status;

/**
 * Where a unit stands against one target at a date. Nulls are written out, so that a target with
 * nothing reported reads as {@code "value": null} rather than as a missing field.
 *
 * @param value the unit's value over the indicator's window, as last computed ({@code valueAt})
 * @param expected what the target's trajectory expects at the date asked
 * @param gap value less expected, signed so that negative is always bad
 * @param daysBehind how far back the trajectory stood at the value
 * @param projected the value the recent daily trend reaches at the deadline; null without history
 * @param appliedUntil the last day the target applied, when its level has since been abolished
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TargetStatus(
    String unit,
    String unitName,
    String indicator,
    String plan,
    String targetId,
    String comparator,
    Double target,
    LocalDate deadline,
    LocalDate asOf,
    Double value,
    Long numerator,
    Long denominator,
    Double expected,
    Double gap,
    Status status,
    Long daysBehind,
    Double projected,
    LocalDate appliedUntil,
    Instant valueAt) {}
