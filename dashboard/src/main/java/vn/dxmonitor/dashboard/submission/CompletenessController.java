package vn.dxmonitor.dashboard.submission;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dxmonitor.dashboard.api.ApiException;
import vn.dxmonitor.dashboard.api.RequestedUnit;
import vn.dxmonitor.dashboard.security.UnitScope;
import vn.dxmonitor.dashboard.security.Viewers;
import vn.dxmonitor.model.calendar.ReportingCadence;
import vn.dxmonitor.model.calendar.ReportingPeriod;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.time.VietnamTime;

/** How complete a period's reporting is under a unit: due, submitted, verified, counted, late. */
@RestController
public class CompletenessController {

  private final CompletenessReader reader;
  private final CatalogSource source;
  private final UnitScope scope;
  private final Clock clock;

  public CompletenessController(
      CompletenessReader reader, CatalogSource source, UnitScope scope, Clock clock) {
    this.reader = reader;
    this.source = source;
    this.scope = scope;
    this.clock = clock;
  }

  /**
   * @param period a month, quarter, half or year ({@code 2026-Q4}); this quarter when absent
   */
  @GetMapping("/api/v1/reporting/completeness")
  public CompletenessView completeness(
      @RequestParam(name = "unit", required = false) String unit,
      @RequestParam(name = "period", required = false) String period) {
    if (unit == null || unit.isBlank()) {
      throw ApiException.missing("unit");
    }
    LocalDate today = VietnamTime.dateOf(clock.instant());
    ReportingPeriod shown =
        period == null || period.isBlank()
            ? ReportingCadence.QUARTERLY.periodOf(today)
            : SubmissionDesk.period(period.strip());
    return reader.read(
        RequestedUnit.require(source.units(), scope, Viewers.require(), unit.strip(), today),
        shown);
  }
}
