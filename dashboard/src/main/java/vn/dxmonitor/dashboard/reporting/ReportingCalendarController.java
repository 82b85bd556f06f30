package vn.dxmonitor.dashboard.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dxmonitor.dashboard.api.ApiException;
import vn.dxmonitor.dashboard.api.ErrorCode;
import vn.dxmonitor.dashboard.api.RequestedUnit;
import vn.dxmonitor.dashboard.search.IndicatorValueSearch;
import vn.dxmonitor.dashboard.security.UnitScope;
import vn.dxmonitor.dashboard.security.Viewers;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.reporting.DueFigure;
import vn.dxmonitor.model.reporting.ReportingCalendar;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.value.IndicatorValue;

/**
 * The reporting calendar: which figures a unit owes, by when, and whether each has come. Read with
 * the catalog in force now, so a plan edited today moves its coming deadlines at once.
 */
@RestController
public class ReportingCalendarController {

  /** How far apart {@code from} and {@code to} may be: a plan's span, not an unbounded scan. */
  static final int MOST_DAYS = 2 * 366;

  private final CatalogSource source;
  private final IndicatorValueSearch search;
  private final UnitScope scope;
  private final Clock clock;

  public ReportingCalendarController(
      CatalogSource source, IndicatorValueSearch search, UnitScope scope, Clock clock) {
    this.source = source;
    this.search = search;
    this.scope = scope;
    this.clock = clock;
  }

  /**
   * @param code the unit; one the viewer does not see is answered as one that does not exist
   * @param from the first deadline day to list (today when absent)
   * @param to the last (three months after {@code from} when absent)
   */
  @GetMapping("/api/v1/reporting/due")
  public List<DueLine> due(
      @RequestParam(name = "unit", required = false) String code,
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to) {
    if (code == null || code.isBlank()) {
      throw ApiException.missing("unit");
    }
    LocalDate today = VietnamTime.dateOf(clock.instant());
    LocalDate first = from == null || from.isBlank() ? today : date("from", from);
    LocalDate last = to == null || to.isBlank() ? first.plusMonths(3) : date("to", to);
    if (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) > MOST_DAYS) {
      throw new ApiException(
          ErrorCode.INVALID_PARAMETER,
          "to",
          "query parameter 'to' must be on or after 'from' and at most "
              + MOST_DAYS
              + " days after it, but was '"
              + last
              + "'");
    }
    String unit =
        RequestedUnit.require(source.units(), scope, Viewers.require(), code.strip(), today).code();
    Catalog catalog = source.catalog();
    List<DueFigure> due = new ReportingCalendar(catalog, source.units()).due(unit, first, last);
    Map<String, LocalDate> latest = latestFigures(unit, due);
    return due.stream()
        .map(
            figure -> {
              Indicator indicator = catalog.indicator(figure.indicator()).orElseThrow();
              return new DueLine(
                  unit,
                  indicator.id(),
                  indicator.nameVi(),
                  indicator.nameEn(),
                  indicator.unitOfMeasure(),
                  figure.period().id(),
                  figure.period().labelVi(),
                  figure.period().labelEn(),
                  figure.deadline(),
                  figure.plan(),
                  figure.stateOn(today, latest.get(indicator.id())));
            })
        .toList();
  }

  /** The day each indicator's latest counted figure of the unit is for. */
  private Map<String, LocalDate> latestFigures(String unit, List<DueFigure> due) {
    List<String> indicators = due.stream().map(DueFigure::indicator).distinct().toList();
    Map<String, LocalDate> latest = new HashMap<>();
    if (indicators.isEmpty()) {
      return latest;
    }
    for (IndicatorValue value : search.forUnits(List.of(unit), indicators)) {
      if (value.activity() != null && value.activity().lastEventAt() != null) {
        latest.put(value.indicator(), VietnamTime.dateOf(value.activity().lastEventAt()));
      }
    }
    return latest;
  }

  private static LocalDate date(String parameter, String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new ApiException(
          ErrorCode.INVALID_PARAMETER,
          parameter,
          "query parameter '"
              + parameter
              + "' must be a date (2026-12-31), but was '"
              + text
              + "'");
    }
  }
}
