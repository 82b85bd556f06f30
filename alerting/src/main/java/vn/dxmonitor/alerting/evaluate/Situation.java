package vn.dxmonitor.alerting.evaluate;

import java.time.LocalDate;
import java.util.Optional;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.reporting.DueFigure;
import vn.dxmonitor.model.status.Assessment;
import vn.dxmonitor.model.value.IndicatorValue;

/**
 * Everything the rules judge a unit and indicator on, at the alerting service's own date.
 *
 * @param assessment the unit's standing against its governing target today, with the projection
 *     from its recent days
 * @param lastDue the latest self-reported figure the unit owed by today, for a reported indicator
 */
public record Situation(
    IndicatorValue value,
    Observation observation,
    Indicator indicator,
    Assessment assessment,
    LocalDate today,
    Optional<DueFigure> lastDue) {}
