package vn.dxmonitor.model.value;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dxmonitor.model.trajectory.Baseline;
import vn.dxmonitor.model.trajectory.Status;

/**
 * The processor's answer for one unit and indicator: the value over the indicator's trailing window
 * and the year to date, the counts behind them, and where that leaves the unit against the target
 * that governs it. Published to {@code dx.indicator-values} and indexed as-is.
 *
 * <p>{@code numerator} and {@code denominator} are the window's counts for a ratio, the compliant
 * and expected units for a coverage, and the count since {@code periodStart} for a counter. {@code
 * valuePeriodToDate} runs from the governing plan's start ({@code periodStart}). {@code
 * childrenReporting} of {@code childrenExpected} direct children reported within the indicator's
 * cadence (null for a unit without children). {@code dailyCounts} are a ratio's window day by day
 * (days without counts left out; null for the other kinds), which tell whether the window ending on
 * the deadline can still meet the target ({@link vn.dxmonitor.model.status.StatusJudge}).
 *
 * <p>The standing ({@code targetId} to {@code daysBehind}) is the processor's judgement of the
 * value when it was made; a reader at another moment judges the value again with the same {@code
 * StatusJudge}.
 */
public record IndicatorValue(
    String unit,
    String unitName,
    String level,
    String parent,
    String indicator,
    String kind,
    int windowDays,
    long numerator,
    long denominator,
    Double value,
    int year,
    long numeratorYtd,
    long denominatorYtd,
    Double valueYtd,
    long events,
    Instant lastEventAt,
    Baseline baseline,
    String targetId,
    String planId,
    String comparator,
    Double target,
    LocalDate deadline,
    Double expected,
    Status status,
    Double gap,
    Long daysBehind,
    Instant updatedAt,
    LocalDate periodStart,
    Double valuePeriodToDate,
    Integer childrenReporting,
    Integer childrenExpected,
    List<DailyCounts> dailyCounts) {

  public IndicatorValue {
    dailyCounts = dailyCounts == null ? null : List.copyOf(dailyCounts);
  }

  public String key() {
    return ValueKey.of(unit, indicator);
  }
}
