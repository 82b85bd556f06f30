package vn.dxmonitor.dashboard.reporting;

import java.time.LocalDate;
import vn.dxmonitor.model.reporting.DueState;

/**
 * One figure a unit owes, as the reporting calendar API answers it.
 *
 * @param period the period's id ({@code 2026-Q4}), as a report row names it
 * @param deadline the last working day on which it is on time
 */
public record DueLine(
    String unit,
    String indicator,
    String indicatorVi,
    String indicatorEn,
    String unitOfMeasure,
    String period,
    String periodVi,
    String periodEn,
    LocalDate deadline,
    String plan,
    DueState state) {}
