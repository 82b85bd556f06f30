package vn.dxmonitor.alerting.evaluate;

import java.time.LocalDate;
import vn.dxmonitor.model.calendar.WorkingDays;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.status.Assessment;
import vn.dxmonitor.model.value.IndicatorValue;

/**
 * Everything the rules judge a unit and indicator on, at the alerting service's own date.
 *
 * @param assessment the unit's standing against its governing target today, with the projection
 *     from its recent days
 * @param duties what the unit owes today of an indicator it reports itself
 * @param workingDays the working days of the plan whose target governs the unit
 */
public record Situation(
    IndicatorValue value,
    Observation observation,
    Indicator indicator,
    Assessment assessment,
    LocalDate today,
    ReportDuties duties,
    WorkingDays workingDays) {}
