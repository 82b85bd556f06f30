package vn.dxmonitor.alerting.score;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dxmonitor.model.trajectory.Projection;

/**
 * The total a unit scored on a scorecard as each recent day ended (today's is the latest), for the
 * {@code score-drop} window.
 *
 * @param days oldest first, one per day, at most {@link #DAYS_KEPT}
 */
public record ScoreHistory(List<Projection.DailyValue> days) {

  /** Longer than the default drop window, with room for a rule set to a month. */
  public static final int DAYS_KEPT = 35;

  public static final ScoreHistory EMPTY = new ScoreHistory(List.of());

  public ScoreHistory {
    days = days == null ? List.of() : List.copyOf(days);
  }

  /** The history with {@code total} as {@code day}'s score, replacing an earlier one that day. */
  public ScoreHistory with(LocalDate day, double total) {
    List<Projection.DailyValue> next = new ArrayList<>(days);
    next.removeIf(point -> !point.day().isBefore(day));
    next.add(new Projection.DailyValue(day, total));
    next.removeIf(point -> point.day().isBefore(day.minusDays(DAYS_KEPT - 1L)));
    return new ScoreHistory(next);
  }

  /** The daily totals from {@code since} on. */
  public List<Projection.DailyValue> since(LocalDate since) {
    return days.stream().filter(point -> !point.day().isBefore(since)).toList();
  }
}
