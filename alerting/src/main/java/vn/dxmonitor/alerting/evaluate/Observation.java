package vn.dxmonitor.alerting.evaluate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.dxmonitor.model.trajectory.Projection;
import vn.dxmonitor.model.value.IndicatorValue;

/**
 * What the alerting service remembers of one unit and indicator: the latest value, the value each
 * recent day ended on (today's is the latest), for the regression window and the projection, and
 * the figures of its latest reports, for the plausibility of the next.
 *
 * @param days oldest first, one per day, at most {@link #DAYS_KEPT}
 * @param reports oldest first, one per report (a value whose last event is new), at most {@link
 *     #REPORTS_KEPT}; a revision of a report replaces its figure
 */
public record Observation(
    IndicatorValue latest, List<Projection.DailyValue> days, List<Double> reports) {

  /** Longer than any regression window the defaults use, and than the projection's reach. */
  public static final int DAYS_KEPT = 35;

  /** Two years of quarterly reports: the last, and eight before it to judge it by. */
  public static final int REPORTS_KEPT = 9;

  public Observation {
    days = days == null ? List.of() : List.copyOf(days);
    reports = reports == null ? List.of() : List.copyOf(reports);
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
    return new Observation(value, next, reportsWith(value));
  }

  private List<Double> reportsWith(IndicatorValue value) {
    Double figure = value.window().value();
    if (figure == null) {
      return reports;
    }
    List<Double> next = new ArrayList<>(reports);
    boolean revision =
        !next.isEmpty()
            && Objects.equals(latest.activity().lastEventAt(), value.activity().lastEventAt());
    if (revision) {
      next.set(next.size() - 1, figure);
    } else {
      next.add(figure);
    }
    return next.size() > REPORTS_KEPT
        ? next.subList(next.size() - REPORTS_KEPT, next.size())
        : next;
  }

  public static Observation first(IndicatorValue value, LocalDate day) {
    return new Observation(value, List.of(), List.of()).with(value, day);
  }

  /** The daily values from {@code since} on. */
  public List<Projection.DailyValue> since(LocalDate since) {
    return days.stream().filter(point -> !point.day().isBefore(since)).toList();
  }
}
