package vn.dxmonitor.dashboard.drilldown;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import vn.dxmonitor.model.trajectory.Curve;
import vn.dxmonitor.model.trajectory.Projection;
import vn.dxmonitor.model.trajectory.Trajectory;
import vn.dxmonitor.model.trajectory.TrajectoryPoint;
import vn.dxmonitor.model.value.HistoryPoint;

/**
 * What one indicator's trend chart draws, as the page's script reads it: the daily history up to
 * the day shown, the trajectory from its start to the deadline, and the line from the last value to
 * the value the recent trend reaches at the deadline. Dates are epoch days, so the chart needs no
 * date library.
 */
final class TrendChart {

  /** How many of the latest days the projection's trend is fitted to. */
  static final int TREND_DAYS = 30;

  private TrendChart() {}

  /** The points of the trajectory as drawn: a step curve holds each value until the next date. */
  static List<double[]> trajectory(Trajectory trajectory) {
    List<double[]> drawn = new ArrayList<>();
    List<TrajectoryPoint> points = trajectory.points();
    for (int i = 0; i < points.size(); i++) {
      TrajectoryPoint point = points.get(i);
      if (i > 0 && trajectory.curve() == Curve.STEP) {
        drawn.add(xy(point.date().minusDays(1), points.get(i - 1).value()));
      }
      drawn.add(xy(point.date(), point.value()));
    }
    return drawn;
  }

  /** The days with a value, oldest first. */
  static List<double[]> history(List<HistoryPoint> points) {
    return points.stream().filter(p -> p.value() != null).map(p -> xy(p.day(), p.value())).toList();
  }

  /**
   * The value the trend of the last {@link #TREND_DAYS} days with a value reaches at the deadline;
   * empty with fewer than two such days or when the deadline is not ahead of the day shown. A share
   * is held within 0–100 %: a steep month does not carry it past the whole.
   */
  static OptionalDouble projected(
      List<HistoryPoint> points, LocalDate day, LocalDate deadline, boolean percent) {
    if (!deadline.isAfter(day)) {
      return OptionalDouble.empty();
    }
    List<Projection.DailyValue> recent =
        points.stream()
            .filter(p -> p.value() != null && !p.day().isAfter(day))
            .filter(p -> p.day().isAfter(day.minusDays(TREND_DAYS)))
            .map(p -> new Projection.DailyValue(p.day(), p.value()))
            .toList();
    OptionalDouble projected = Projection.atDeadline(recent, deadline);
    if (percent && projected.isPresent()) {
      return OptionalDouble.of(Math.max(0, Math.min(100, projected.getAsDouble())));
    }
    return projected;
  }

  /** From the last value to the projected one at the deadline; empty without a projection. */
  static List<double[]> projection(
      List<double[]> history, OptionalDouble projected, LocalDate deadline) {
    if (history.isEmpty() || projected.isEmpty()) {
      return List.of();
    }
    return List.of(history.get(history.size() - 1), xy(deadline, projected.getAsDouble()));
  }

  static Map<String, Object> data(
      List<double[]> history,
      List<double[]> trajectory,
      List<double[]> projection,
      LocalDate day,
      Double target,
      boolean percent,
      Map<String, String> labels) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("history", history);
    data.put("trajectory", trajectory);
    data.put("projection", projection);
    data.put("day", day.toEpochDay());
    data.put("target", target);
    data.put("max", percent ? 100 : null);
    data.put("labels", labels);
    return data;
  }

  private static double[] xy(LocalDate day, double value) {
    return new double[] {day.toEpochDay(), value};
  }
}
