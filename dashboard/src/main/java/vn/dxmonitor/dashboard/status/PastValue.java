package vn.dxmonitor.dashboard.status;

import java.time.Instant;
import vn.dxmonitor.model.value.HistoryPoint;
import vn.dxmonitor.model.value.IndicatorValue;

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

  /** The history keeps no year-to-date counts: only the year the day lies in. */
  private static IndicatorValue.YearToDate yearToDate(HistoryPoint point) {
    return new IndicatorValue.YearToDate(point.day().getYear(), 0, 0, null);
  }

  private static Instant lastHeardBy(IndicatorValue today, Instant endOfDay) {
    Instant lastEventAt = today.activity().lastEventAt();
    return lastEventAt == null || lastEventAt.isAfter(endOfDay) ? null : lastEventAt;
  }
}
