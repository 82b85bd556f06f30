package vn.dxmonitor.model.value;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dxmonitor.model.trajectory.Baseline;
import vn.dxmonitor.model.trajectory.Status;

/**
 * The JSON form of an {@link IndicatorValue}: one flat object, its fields named and ordered as the
 * topics, the HTTP answers and the {@code dx-indicators} documents have always had them. Both
 * Jackson 3 and the Elasticsearch client's Jackson 2 write and read a value through it. The month's
 * and the quarter's counts came later, so they alone may be missing or null: JSON without them
 * reads as counts not kept.
 */
record IndicatorValueJson(
    String unit,
    String unitName,
    String level,
    String parent,
    String indicator,
    String kind,
    int windowDays,
    long numerator,
    long denominator,
    Double value,
    int year,
    long numeratorYtd,
    long denominatorYtd,
    Double valueYtd,
    LocalDate monthStart,
    Long numeratorMtd,
    Long denominatorMtd,
    LocalDate quarterStart,
    Long numeratorQtd,
    Long denominatorQtd,
    long events,
    Instant lastEventAt,
    Baseline baseline,
    String targetId,
    String planId,
    String comparator,
    Double target,
    LocalDate deadline,
    Double expected,
    Status status,
    Double gap,
    Long daysBehind,
    Instant updatedAt,
    LocalDate periodStart,
    Double valuePeriodToDate,
    Integer childrenReporting,
    Integer childrenExpected,
    List<DailyCounts> dailyCounts) {

  static IndicatorValueJson of(IndicatorValue value) {
    IndicatorValue.Where where = value.where();
    IndicatorValue.Window window = value.window();
    IndicatorValue.YearToDate yearToDate = value.yearToDate();
    IndicatorValue.Activity activity = value.activity();
    IndicatorValue.Standing standing = value.standing();
    IndicatorValue.PeriodToDate periodToDate = value.periodToDate();
    IndicatorValue.Children children = value.children();
    return new IndicatorValueJson(
        where.unit(),
        where.unitName(),
        where.level(),
        where.parent(),
        value.indicator(),
        value.kind(),
        window.windowDays(),
        window.numerator(),
        window.denominator(),
        window.value(),
        yearToDate.year(),
        yearToDate.numeratorYtd(),
        yearToDate.denominatorYtd(),
        yearToDate.valueYtd(),
        yearToDate.monthToDate().from(),
        numerator(yearToDate.monthToDate()),
        denominator(yearToDate.monthToDate()),
        yearToDate.quarterToDate().from(),
        numerator(yearToDate.quarterToDate()),
        denominator(yearToDate.quarterToDate()),
        activity.events(),
        activity.lastEventAt(),
        standing.baseline(),
        standing.targetId(),
        standing.planId(),
        standing.comparator(),
        standing.target(),
        standing.deadline(),
        standing.expected(),
        standing.status(),
        standing.gap(),
        standing.daysBehind(),
        value.updatedAt(),
        periodToDate.periodStart(),
        periodToDate.valuePeriodToDate(),
        children.childrenReporting(),
        children.childrenExpected(),
        activity.dailyCounts());
  }

  IndicatorValue toValue() {
    return new IndicatorValue(
        new IndicatorValue.Where(unit, unitName, level, parent),
        indicator,
        kind,
        new IndicatorValue.Window(windowDays, numerator, denominator, value),
        new IndicatorValue.YearToDate(
            year,
            numeratorYtd,
            denominatorYtd,
            valueYtd,
            periodCounts(monthStart, numeratorMtd, denominatorMtd),
            periodCounts(quarterStart, numeratorQtd, denominatorQtd)),
        new IndicatorValue.Activity(events, lastEventAt, dailyCounts),
        new IndicatorValue.Standing(
            baseline,
            targetId,
            planId,
            comparator,
            target,
            deadline,
            expected,
            status,
            gap,
            daysBehind),
        new IndicatorValue.PeriodToDate(periodStart, valuePeriodToDate),
        new IndicatorValue.Children(childrenReporting, childrenExpected),
        updatedAt);
  }

  /** Counts not kept are written as null, not as a 0 that would read as "nothing counted". */
  private static Long numerator(PeriodCounts counts) {
    return counts.kept() ? counts.numerator() : null;
  }

  private static Long denominator(PeriodCounts counts) {
    return counts.kept() ? counts.denominator() : null;
  }

  /** A value written before values carried the month's and the quarter's counts has none. */
  private static PeriodCounts periodCounts(LocalDate from, Long numerator, Long denominator) {
    return from == null || numerator == null || denominator == null
        ? PeriodCounts.NONE
        : new PeriodCounts(from, numerator, denominator);
  }
}
