package vn.dxmonitor.dashboard.status;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a status request asks: whose standing, against which plan's targets, at which moment.
 *
 * @param unit the unit's code; null to report on every unit the plan covers
 * @param plan the plan's id; null for the target that governs each indicator
 * @param asOf the moment the trajectories and the plan versions are read at
 * @param date the day of {@code asOf} in Vietnam
 */
public record StatusQuery(String unit, String plan, Instant asOf, LocalDate date) {}
