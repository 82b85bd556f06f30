package vn.dxmonitor.model.reporting;

import java.time.LocalDate;
import vn.dxmonitor.model.calendar.ReportingPeriod;

/**
 * A figure a unit owes: the indicator, the period it covers, and by when, under which plan.
 *
 * @param deadline the last working day on which it is on time
 * @param plan the plan whose target makes it due, and whose deadlines apply
 */
public record DueFigure(
    String unit, String indicator, ReportingPeriod period, LocalDate deadline, String plan) {

  /** Whether, still missing on {@code day}, it is overdue. */
  public boolean isOverdueOn(LocalDate day) {
    return day.isAfter(deadline);
  }

  /**
   * Where it stands on {@code day}.
   *
   * @param latestFigure the day the unit's latest counted figure of the indicator is for; null when
   *     it has none. A figure counts as of its period's last day, so one of this period or a later
   *     one falls on or after the period's start.
   */
  public DueState stateOn(LocalDate day, LocalDate latestFigure) {
    if (latestFigure != null && !latestFigure.isBefore(period.start())) {
      return DueState.RECEIVED;
    }
    return isOverdueOn(day) ? DueState.OVERDUE : DueState.DUE;
  }
}
