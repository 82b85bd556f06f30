package vn.dxmonitor.dashboard.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertState;
import vn.dxmonitor.model.trajectory.Baseline;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.model.value.IndicatorValue;

/** Indicator values and alerts as the processor and the alerting service write them. */
public final class Values {

  public static final LocalDate DEADLINE = LocalDate.of(2030, 12, 31);

  private Values() {}

  /** A ratio value of {@code numerator / 1000} with the trajectory expecting 80 toward 90. */
  public static IndicatorValue value(
      String unit, String indicator, long numerator, Status status, Instant updatedAt) {
    double value = numerator / 10.0;
    return new IndicatorValue(
        new IndicatorValue.Where(unit, "Đơn vị " + unit, "commune", "52"),
        indicator,
        "ratio-of-counts",
        new IndicatorValue.Window(30, numerator, 1000, value),
        new IndicatorValue.YearToDate(2026, numerator * 4, 4000, value - 1),
        new IndicatorValue.Activity(1000, updatedAt, null),
        new IndicatorValue.Standing(
            new Baseline(LocalDate.of(2024, 1, 1), 50.0),
            "target-" + indicator,
            "plan-nq05",
            ">=",
            90.0,
            DEADLINE,
            80.0,
            status,
            value - 80.0,
            status == Status.BEHIND ? 120L : null),
        IndicatorValue.PeriodToDate.NONE,
        IndicatorValue.Children.NONE,
        updatedAt);
  }

  public static Alert alert(
      String unit, String indicator, AlertState state, String summary, Instant updatedAt) {
    boolean resolved = state == AlertState.RESOLVED;
    return new Alert(
        Alert.idOf("behind-trajectory", unit, indicator, "plan-nq05"),
        "behind-trajectory",
        state,
        "warning",
        new Alert.Where(unit, "Đơn vị " + unit, "commune", List.of(unit, "52"), "52"),
        new Alert.What(indicator, "plan-nq05", "target-" + indicator, null, summary),
        new Alert.Figures(40.0, 80.0, -40.0, null, 90.0, DEADLINE),
        new Alert.Timeline(
            1,
            updatedAt.minusSeconds(3600),
            updatedAt.minusSeconds(3000),
            null,
            resolved ? updatedAt : null,
            updatedAt),
        Alert.Handling.NONE,
        List.of());
  }
}
