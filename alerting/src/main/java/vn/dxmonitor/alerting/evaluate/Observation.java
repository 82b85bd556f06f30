package vn.dxmonitor.alerting.evaluate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dxmonitor.model.trajectory.Projection;
import vn.dxmonitor.model.value.IndicatorValue;

/**
 * What the alerting service remembers of one unit and indicator: the latest value, and the value
 * each recent day ended on (today's is the latest), for the regression window and the projection.
 *
 * @param days oldest first, one per day, at most {@link #DAYS_KEPT}
 */
public record Observation(IndicatorValue latest, List<Projection.DailyValue> days) {

  /** Longer than any regression window the defaults use, and than the projection's reach. */
  public static final int DAYS_KEPT = 35;

  public Observation {
    days = days == null ? List.of() : List.copyOf(days);
  }

  /** The observation after a new value, seen on {@code day}. */
  public Observation with(IndicatorValue value, LocalDate day) {
    List<Projection.DailyValue> next = new ArrayList<>(days);
    if (value.window().value() != null) {
      if (!next.isEmpty() && next.get(next.size() - 1).day().equals(day)) {
        next.set(next.size() - 1, new Projection.DailyValue(day, value.window().value()));
      } else if (next.isEmpty() || next.get(next.size() - 1).day().isBefore(day)) {
        next.add(new Projection.DailyValue(day, value.window().value()));
      }
    }
    next.removeIf(point -> point.day().isBefore(day.minusDays(DAYS_KEPT - 1L)));
    return new Observation(value, next);
  }

  public static Observation first(IndicatorValue value, LocalDate day) {
    return new Observation(value, List.of()).with(value, day);
  }

  /** The daily values from {@code since} on. */
  public List<Projection.DailyValue> since(LocalDate since) {
    return days.stream().filter(point -> !point.day().isBefore(since)).toList();
  }
}
