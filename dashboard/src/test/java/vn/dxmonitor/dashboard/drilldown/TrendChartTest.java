package vn.dxmonitor.dashboard.drilldown;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.trajectory.Curve;
import vn.dxmonitor.model.trajectory.Trajectory;
import vn.dxmonitor.model.trajectory.TrajectoryPoint;
import vn.dxmonitor.model.value.HistoryPoint;

/** What a trend chart draws: the trajectory's shape, and a projection that stays believable. */
class TrendChartTest {

  private static final LocalDate DAY = LocalDate.of(2026, 6, 30);
  private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);

  @Test
  void aStepTrajectoryHoldsEachValueUntilTheNextDate() {
    Trajectory step =
        new Trajectory(
            List.of(
                new TrajectoryPoint(LocalDate.of(2024, 1, 1), 50),
                new TrajectoryPoint(LocalDate.of(2025, 1, 1), 70)),
            Curve.STEP);

    assertThat(TrendChart.trajectory(step))
        .containsExactly(
            xy(LocalDate.of(2024, 1, 1), 50),
            xy(LocalDate.of(2024, 12, 31), 50),
            xy(LocalDate.of(2025, 1, 1), 70));
  }

  @Test
  void theProjectionFollowsTheLastMonthsTrendToTheDeadline() {
    // One point a day over the last 10 days, a tenth of a point more each day: 184 days to go.
    List<HistoryPoint> points = rising(10, 40, 0.1);

    assertThat(TrendChart.projected(points, DAY, DEADLINE, true).getAsDouble())
        .isCloseTo(40.9 + 0.1 * 184, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aShareIsNotProjectedBeyondTheWholeButAQuantityIs() {
    List<HistoryPoint> points = rising(10, 60, 5);

    assertThat(TrendChart.projected(points, DAY, DEADLINE, true).getAsDouble()).isEqualTo(100);
    assertThat(TrendChart.projected(points, DAY, DEADLINE, false).getAsDouble()).isGreaterThan(900);
  }

  @Test
  void thereIsNoProjectionOnceTheDeadlineHasPassedOrWithOnePoint() {
    assertThat(TrendChart.projected(rising(10, 40, 1), DEADLINE, DEADLINE, true)).isEmpty();
    assertThat(TrendChart.projected(rising(1, 40, 1), DAY, DEADLINE, true)).isEmpty();
    assertThat(TrendChart.projection(List.of(), java.util.OptionalDouble.of(50), DEADLINE))
        .isEmpty();
  }

  private static List<HistoryPoint> rising(int days, double from, double step) {
    List<HistoryPoint> points = new ArrayList<>();
    for (int i = 0; i < days; i++) {
      points.add(new HistoryPoint("u", "i", DAY.minusDays(days - 1 - i), from + step * i, 0, 0));
    }
    return points;
  }

  private static double[] xy(LocalDate day, double value) {
    return new double[] {day.toEpochDay(), value};
  }
}
