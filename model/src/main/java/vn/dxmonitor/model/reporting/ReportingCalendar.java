package vn.dxmonitor.model.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.dxmonitor.model.calendar.ReportingCadence;
import vn.dxmonitor.model.calendar.ReportingPeriod;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.catalog.Plan;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitHistory;

/**
 * What each unit must report, and by when, read from the catalog: a figure of a reported indicator
 * ({@link ReportingCadence}) is due from a unit for a period when a plan in force then sets the
 * unit a target on it — the same targets, scope and reorganisations that judge its status ({@link
 * Catalog#targetsFor}) — and its deadline is that plan's ({@link ReportingDeadlines}).
 */
public final class ReportingCalendar {

  private final Catalog catalog;
  private final UnitHistory units;

  public ReportingCalendar(Catalog catalog, UnitHistory units) {
    this.catalog = catalog;
    this.units = units;
  }

  /**
   * The figures {@code unitCode} owes whose deadlines fall from {@code from} to {@code to}, both
   * included, by deadline, then indicator.
   */
  public List<DueFigure> due(String unitCode, LocalDate from, LocalDate to) {
    List<DueFigure> due = new ArrayList<>();
    for (Indicator indicator : catalog.indicators()) {
      Optional<ReportingCadence> cadence = ReportingCadence.of(indicator.cadence());
      if (cadence.isEmpty()) {
        continue;
      }
      // A deadline moved past a weekend or holiday may leave its period's last month: start a
      // month early.
      ReportingPeriod period = cadence.get().periodOf(from.minusMonths(1));
      while (!period.lastMonth().isAfter(YearMonth.from(to))) {
        figure(unitCode, indicator, period)
            .filter(figure -> !figure.deadline().isBefore(from) && !figure.deadline().isAfter(to))
            .ifPresent(due::add);
        period = period.next();
      }
    }
    due.sort(Comparator.comparing(DueFigure::deadline).thenComparing(DueFigure::indicator));
    return due;
  }

  /**
   * The latest figure of {@code indicator} the unit owes whose deadline had passed by {@code
   * today}: the one an overdue alert asks after. Empty for a streamed indicator, or where the unit
   * owed none in the last year.
   */
  public Optional<DueFigure> lastDeadlinePassed(
      String unitCode, Indicator indicator, LocalDate today) {
    Optional<ReportingCadence> cadence = ReportingCadence.of(indicator.cadence());
    if (cadence.isEmpty()) {
      return Optional.empty();
    }
    // Deadlines fall in a period's last month, or just after: start at the period after today's.
    ReportingPeriod period = cadence.get().periodOf(today).next();
    for (int looked = 0; looked <= cadence.get().perYear() + 1; looked++) {
      Optional<DueFigure> figure = figure(unitCode, indicator, period);
      if (figure.isPresent() && figure.get().isOverdueOn(today)) {
        return figure;
      }
      period = period.previous();
    }
    return Optional.empty();
  }

  /**
   * The earliest figure of {@code indicator} the unit owes whose deadline is today or later: the
   * one a reminder is about. Empty for a streamed indicator, or where the unit owes none within a
   * year.
   */
  public Optional<DueFigure> nextDeadline(String unitCode, Indicator indicator, LocalDate today) {
    Optional<ReportingCadence> cadence = ReportingCadence.of(indicator.cadence());
    if (cadence.isEmpty()) {
      return Optional.empty();
    }
    // A period whose deadline moved past a holiday may still be open after its last month.
    ReportingPeriod period = cadence.get().periodOf(today).previous();
    for (int looked = 0; looked <= cadence.get().perYear() + 1; looked++) {
      Optional<DueFigure> figure = figure(unitCode, indicator, period);
      if (figure.isPresent() && !figure.get().isOverdueOn(today)) {
        return figure;
      }
      period = period.next();
    }
    return Optional.empty();
  }

  /** The figure of {@code indicator} the unit owes for {@code period}, if it owes one. */
  public Optional<DueFigure> figure(String unitCode, Indicator indicator, ReportingPeriod period) {
    return target(unitCode, indicator, period)
        .map(
            target -> {
              Plan plan = catalog.plan(target.planId()).orElseThrow();
              return new DueFigure(
                  unitCode, indicator.id(), period, plan.reporting().deadline(period), plan.id());
            });
  }

  /**
   * The target that makes the figure due — of a plan started by the period's end, its deadline not
   * before the period's start, the nearest such deadline first — if any does.
   */
  public Optional<Target> target(String unitCode, Indicator indicator, ReportingPeriod period) {
    Optional<Unit> unit = units.at(period.end()).find(unitCode);
    if (unit.isEmpty()) {
      return Optional.empty();
    }
    // A plan's target asks for figures from the plan's start until the target's deadline.
    return catalog.targetsFor(indicator.id(), unit.get(), units, period.end()).stream()
        .filter(t -> !t.deadline().isBefore(period.start()))
        .filter(t -> startedBy(t.planId(), period.end()))
        .min(Comparator.comparing(Target::deadline));
  }

  private boolean startedBy(String planId, LocalDate day) {
    return catalog.plan(planId).map(plan -> !plan.start().isAfter(day)).orElse(false);
  }
}
