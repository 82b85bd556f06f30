package vn.dxmonitor.alerting.evaluate;

import java.util.Optional;
import vn.dxmonitor.model.reporting.DueFigure;

/**
 * What a unit owes of a figure it reports itself, as the reporting calendar says on the day.
 *
 * @param lastPassed the latest figure whose deadline has passed: what an overdue alert asks after
 * @param next the earliest figure whose deadline is today or later: what a reminder is about
 */
public record ReportDuties(Optional<DueFigure> lastPassed, Optional<DueFigure> next) {

  /** Nothing owed: a streamed indicator, or one no plan asks the unit to report. */
  public static final ReportDuties NONE = new ReportDuties(Optional.empty(), Optional.empty());
}
