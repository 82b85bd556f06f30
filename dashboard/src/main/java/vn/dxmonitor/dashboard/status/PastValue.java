package vn.dxmonitor.dashboard.status;

import java.time.Instant;
import java.time.LocalDate;
import vn.dxmonitor.model.time.CalendarStarts;
import vn.dxmonitor.model.value.HistoryPoint;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.model.value.PeriodCounts;

/**
 * A unit's value as it stood at the end of a past day: the day's history point, with what does not
 * change over time (the unit, the observed baseline, the governing target) taken from today's
 * document when there is one. Whatever was judged from today's value (status, gap) is left out: the
 * reader judges the past value again at the past date.
 *
 * <p>When the unit was last heard of is known only if it has not been heard of since the day: then
 * it is today's {@code lastEventAt}; otherwise it is left out, and the value is judged on its
 * figure (see {@link vn.dxmonitor.model.status.StatusJudge#isSilent}). The history keeps no daily
 * counts, so a past value is never found {@code UNREACHABLE}.
 *
 * <p>A ratio's point keeps its day's month, quarter and year counts, so a calendar-window scorecard
 * scores the day; a point written before points kept them gives a value without them ({@link
 * IndicatorValue.YearToDate#keepsCalendarCounts()} false), which the scorecards refuse to score.
 */
final class PastValue {

  private PastValue() {}

  static IndicatorValue of(HistoryPoint point, IndicatorValue today) {
    Instant endOfDay = AsOfDay.endOf(point.day());
    if (today == null) {
      return new IndicatorValue(
          new IndicatorValue.Where(point.unit(), null, null, null),
          point.indicator(),
          null,
          window(point, 0),
          yearToDate(point),
          new IndicatorValue.Activity(0, null, null),
          IndicatorValue.Standing.NONE,
          IndicatorValue.PeriodToDate.NONE,
          IndicatorValue.Children.NONE,
          endOfDay);
    }
    IndicatorValue.Where where = today.where();
    return new IndicatorValue(
        new IndicatorValue.Where(point.unit(), where.unitName(), where.level(), where.parent()),
        point.indicator(),
        today.kind(),
        window(point, today.window().windowDays()),
        yearToDate(point),
        new IndicatorValue.Activity(0, lastHeardBy(today, endOfDay), null),
        today.standing().unjudged(),
        new IndicatorValue.PeriodToDate(today.periodToDate().periodStart(), null),
        IndicatorValue.Children.NONE,
        endOfDay);
  }

  private static IndicatorValue.Window window(HistoryPoint point, int windowDays) {
    return new IndicatorValue.Window(
        windowDays, point.numerator(), point.denominator(), point.value());
  }

  /**
   * The day's counts from the first of its month, quarter and year, as the point kept them. A point
   * written before points kept them gives only the year the day lies in, its counts not kept.
   */
  private static IndicatorValue.YearToDate yearToDate(HistoryPoint point) {
    LocalDate day = point.day();
    HistoryPoint.CalendarCounts counts = point.calendar();
    if (counts == null) {
      return new IndicatorValue.YearToDate(day.getYear(), 0, 0, null);
    }
    return new IndicatorValue.YearToDate(
        day.getYear(),
        counts.numeratorYtd(),
        counts.denominatorYtd(),
        percent(counts.numeratorYtd(), counts.denominatorYtd()),
        new PeriodCounts(CalendarStarts.month(day), counts.numeratorMtd(), counts.denominatorMtd()),
        new PeriodCounts(
            CalendarStarts.quarter(day), counts.numeratorQtd(), counts.denominatorQtd()));
  }

  private static Double percent(long numerator, long denominator) {
    return denominator == 0 ? null : 100.0 * numerator / denominator;
  }

  private static Instant lastHeardBy(IndicatorValue today, Instant endOfDay) {
    Instant lastEventAt = today.activity().lastEventAt();
    return lastEventAt == null || lastEventAt.isAfter(endOfDay) ? null : lastEventAt;
  }
}
