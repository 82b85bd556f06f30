package vn.dxmonitor.processor.aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.catalog.IndicatorKind;
import vn.dxmonitor.model.catalog.Rollup;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.status.StatusJudge;
import vn.dxmonitor.model.time.CalendarStarts;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.trajectory.Baseline;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitRegistry;
import vn.dxmonitor.model.value.DailyCounts;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.model.value.PeriodCounts;
import vn.dxmonitor.model.value.ValueKey;
import vn.dxmonitor.processor.window.Counts;

/**
 * Turns a unit's state into its published value as of an instant (DESIGN.md, indicator semantics):
 *
 * <ul>
 *   <li>ratio-of-counts: 100·Σnumerator/Σdenominator over the trailing window;
 *   <li>counter: Σcount since the governing plan's start (since the first event without a plan);
 *   <li>measurement: the unit's own latest report, else, rolled up by {@code sum}, its reporting
 *       descendants' latest figures summed;
 *   <li>coverage: a reporting unit's own 100 or 0; above it, 100·compliant/expected, the expected
 *       being the registry's units of the reporters' level under it today — not those that happened
 *       to report.
 * </ul>
 *
 * Every kind carries its counts from the first of the year, the quarter and the month, which
 * calendar-window scorecards read. The first value at or after the plan's start becomes the
 * baseline. A ratio-of-counts value carries its window's daily counts. Its standing against the
 * target that governs it, in the catalog in force today, is the {@link StatusJudge}'s verdict on
 * the value as published — the very verdict the alerting engine, the dashboard and the reviews
 * reach when they read it today.
 */
public final class ValueMaker {

  private final CatalogSource catalog;
  private final StatusJudge judge;

  public ValueMaker(CatalogSource catalog, StatusJudge judge) {
    this.catalog = catalog;
    this.judge = judge;
  }

  /** The value, or empty when the unit or the indicator is no longer in the catalog. */
  public Optional<IndicatorValue> make(String key, ValueState state, Instant now) {
    ValueKey valueKey = ValueKey.parse(key);
    LocalDate today = VietnamTime.dateOf(now);
    Catalog inForce = catalog.catalogOn(today);
    Optional<Unit> found = catalog.units().latest(valueKey.unit());
    Optional<Indicator> indicator = inForce.indicator(valueKey.indicator());
    if (found.isEmpty() || indicator.isEmpty()) {
      return Optional.empty();
    }
    Unit unit = found.get();
    UnitRegistry tree = catalog.units().at(today);
    Optional<Target> target =
        GoverningPlan.target(inForce, catalog.units(), unit, indicator.get().id(), today);
    LocalDate periodStart = GoverningPlan.start(inForce, target).orElse(null);
    Figures figures = figures(indicator.get(), unit, tree, state, today, periodStart);
    if (state.baseline() == null
        && figures.value() != null
        && (periodStart == null || !today.isBefore(periodStart))) {
      state.baseline(new Baseline(today, figures.value()));
    }
    Counts yearToDate = state.counts().since(CalendarStarts.year(today));
    List<Unit> children = tree.children(unit.code());
    IndicatorValue value =
        new IndicatorValue(
            new IndicatorValue.Where(
                unit.code(), unit.name(), unit.level().id(), unit.parentCode()),
            indicator.get().id(),
            indicator.get().kind().id(),
            new IndicatorValue.Window(
                indicator.get().windowDays(),
                figures.numerator(),
                figures.denominator(),
                figures.value()),
            new IndicatorValue.YearToDate(
                today.getYear(),
                yearToDate.numerator(),
                yearToDate.denominator(),
                yearToDate.percent(),
                periodCounts(state, CalendarStarts.month(today)),
                periodCounts(state, CalendarStarts.quarter(today))),
            new IndicatorValue.Activity(
                state.events(), state.lastEventAt(), dailyCounts(indicator.get(), state, today)),
            IndicatorValue.Standing.baselineOnly(state.baseline()),
            new IndicatorValue.PeriodToDate(periodStart, figures.periodToDate()),
            children.isEmpty()
                ? IndicatorValue.Children.NONE
                : new IndicatorValue.Children(
                    reporting(children, state, today, indicator.get()), children.size()),
            now);
    return Optional.of(
        target
            .map(t -> judge.judge(inForce, t, value, today, List.of()).appliedTo(value))
            .orElse(value));
  }

  private static PeriodCounts periodCounts(ValueState state, LocalDate from) {
    Counts counts = state.counts().since(from);
    return new PeriodCounts(from, counts.numerator(), counts.denominator());
  }

  /** The numbers of a value, as its indicator's kind defines them. */
  private record Figures(Double value, long numerator, long denominator, Double periodToDate) {}

  private Figures figures(
      Indicator indicator,
      Unit unit,
      UnitRegistry tree,
      ValueState state,
      LocalDate today,
      LocalDate periodStart) {
    switch (indicator.kind()) {
      case RATIO_OF_COUNTS -> {
        Counts window = state.counts().window(today, indicator.windowDays());
        Double toDate = periodStart == null ? null : state.counts().since(periodStart).percent();
        return new Figures(window.percent(), window.numerator(), window.denominator(), toDate);
      }
      case COUNTER -> {
        Counts since = state.counts().since(periodStart == null ? LocalDate.MIN : periodStart);
        boolean any = state.events() > 0;
        Double count = any ? (double) since.numerator() : null;
        return new Figures(count, since.numerator(), 0, count);
      }
      case MEASUREMENT -> {
        Double own = state.own().latest();
        Double value = own != null ? own : rolledUp(indicator, state);
        return new Figures(value, 0, 0, value);
      }
      case COVERAGE -> {
        return coverage(unit, tree, state);
      }
      default -> throw new IllegalStateException("no value for kind " + indicator.kind());
    }
  }

  private static Double rolledUp(Indicator indicator, ValueState state) {
    if (state.figureReporting() <= 0 || indicator.rollup() != Rollup.SUM) {
      return null;
    }
    return state.figureSum();
  }

  /**
   * The daily counts of a ratio's window ending today, which tell what the window ending on the
   * deadline can still reach; null for the other kinds.
   */
  private static List<DailyCounts> dailyCounts(
      Indicator indicator, ValueState state, LocalDate today) {
    if (indicator.kind() != IndicatorKind.RATIO_OF_COUNTS) {
      return null;
    }
    List<DailyCounts> days = new ArrayList<>();
    state
        .counts()
        .days()
        .subMap(today.minusDays(indicator.windowDays() - 1L), true, today, true)
        .forEach(
            (day, counts) ->
                days.add(new DailyCounts(day, counts.numerator(), counts.denominator())));
    return days;
  }

  private static Figures coverage(Unit unit, UnitRegistry tree, ValueState state) {
    Double own = state.own().latest();
    if (own != null && state.figureReporting() == 0) {
      return new Figures(100 * own, Math.round(own), 1, 100 * own);
    }
    if (state.reporterLevel() == null) {
      return new Figures(null, 0, 0, null);
    }
    long expected =
        tree.subtree(unit.code()).stream()
            .filter(u -> !u.code().equals(unit.code()))
            .filter(u -> u.level().id().equals(state.reporterLevel()))
            .count();
    long compliant = Math.round(state.figureSum());
    Double value = expected == 0 ? null : 100.0 * compliant / expected;
    return new Figures(value, compliant, expected, value);
  }

  private static int reporting(
      List<Unit> children, ValueState state, LocalDate today, Indicator indicator) {
    LocalDate since = today.minus(indicator.cadence());
    int reporting = 0;
    for (Unit child : children) {
      LocalDate last = state.children().get(child.code());
      if (last != null && !last.isBefore(since)) {
        reporting++;
      }
    }
    return reporting;
  }
}
