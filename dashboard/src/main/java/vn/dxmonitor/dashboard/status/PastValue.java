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
    return new IndicatorValue(
        point.unit(),
        today == null ? null : today.unitName(),
        today == null ? null : today.level(),
        today == null ? null : today.parent(),
        point.indicator(),
        today == null ? null : today.kind(),
        today == null ? 0 : today.windowDays(),
        point.numerator(),
        point.denominator(),
        point.value(),
        point.day().getYear(),
        0,
        0,
        null,
        0,
        lastHeardBy(today, endOfDay),
        today == null ? null : today.baseline(),
        today == null ? null : today.targetId(),
        today == null ? null : today.planId(),
        today == null ? null : today.comparator(),
        today == null ? null : today.target(),
        today == null ? null : today.deadline(),
        null,
        null,
        null,
        null,
        endOfDay,
        today == null ? null : today.periodStart(),
        null,
        null,
        null,
        null);
  }

  private static Instant lastHeardBy(IndicatorValue today, Instant endOfDay) {
    if (today == null || today.lastEventAt() == null || today.lastEventAt().isAfter(endOfDay)) {
      return null;
    }
    return today.lastEventAt();
  }
}
