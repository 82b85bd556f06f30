package vn.dxmonitor.dashboard.submission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dxmonitor.dashboard.search.IndicatorValueSearch;
import vn.dxmonitor.model.calendar.ReportingCadence;
import vn.dxmonitor.model.calendar.ReportingPeriod;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.reporting.DueFigure;
import vn.dxmonitor.model.reporting.DueState;
import vn.dxmonitor.model.reporting.ReportingCalendar;
import vn.dxmonitor.model.submission.Completeness;
import vn.dxmonitor.model.submission.Submission;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitRegistry;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.model.value.ValueKey;

/**
 * Reads how complete a period's reporting is under a unit: every figure the reporting calendar says
 * the unit and the units below it owe for the period, where each one's submission stands, and
 * whether a figure for the period has been counted (the latest counted figure is for a day in the
 * period or later, however it came in).
 */
public final class CompletenessReader {

  private final CatalogSource source;
  private final SubmissionBook book;
  private final IndicatorValueSearch search;
  private final Clock clock;

  public CompletenessReader(
      CatalogSource source, SubmissionBook book, IndicatorValueSearch search, Clock clock) {
    this.source = source;
    this.book = book;
    this.search = search;
    this.clock = clock;
  }

  /** Of {@code root} and its subtree, for {@code period}; the caller checked the viewer sees it. */
  public CompletenessView read(Unit root, ReportingPeriod period) {
    LocalDate today = VietnamTime.dateOf(clock.instant());
    Catalog catalog = source.catalog();
    UnitRegistry units = source.units().at(today);
    ReportingCalendar calendar = new ReportingCalendar(catalog, source.units());
    List<Indicator> indicators =
        catalog.indicators().stream()
            .filter(i -> ReportingCadence.of(i.cadence()).orElse(null) == period.cadence())
            .toList();
    List<Unit> subtree = units.subtree(root.code());
    List<DueFigure> due = new ArrayList<>();
    for (Unit unit : subtree) {
      for (Indicator indicator : indicators) {
        calendar.figure(unit.code(), indicator, period).ifPresent(due::add);
      }
    }
    Map<String, LocalDate> latest = latestFigures(due);
    Completeness completeness =
        Completeness.of(
            due,
            figure ->
                book.find(Submission.id(figure.unit(), figure.indicator(), period.id()))
                    .map(Submission::state)
                    .orElse(null),
            figure ->
                figure.stateOn(today, latest.get(ValueKey.of(figure.unit(), figure.indicator())))
                    == DueState.RECEIVED,
            today);
    List<CompletenessView.LateUnit> late = new ArrayList<>();
    completeness
        .overdueUnits()
        .forEach(
            (code, owed) ->
                late.add(
                    new CompletenessView.LateUnit(
                        code, units.find(code).map(Unit::name).orElse(code), owed)));
    return new CompletenessView(
        root.code(),
        period.id(),
        period.labelVi(),
        period.labelEn(),
        completeness.due(),
        completeness.submitted(),
        completeness.verified(),
        completeness.published(),
        completeness.overdue(),
        completeness.publishedShare(),
        late);
  }

  /** The day each unit's latest counted figure of each indicator is for, by value key. */
  private Map<String, LocalDate> latestFigures(List<DueFigure> due) {
    Map<String, LocalDate> latest = new HashMap<>();
    if (due.isEmpty()) {
      return latest;
    }
    List<String> units = due.stream().map(DueFigure::unit).distinct().toList();
    List<String> indicators = due.stream().map(DueFigure::indicator).distinct().toList();
    for (IndicatorValue value : search.forUnits(units, indicators)) {
      if (value.activity() != null && value.activity().lastEventAt() != null) {
        latest.put(value.key(), VietnamTime.dateOf(value.activity().lastEventAt()));
      }
    }
    return latest;
  }
}
