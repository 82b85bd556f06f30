package vn.dxmonitor.model.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.trajectory.Projection.DailyValue;

class ProjectionTest {

  private static final LocalDate DAY0 = LocalDate.of(2026, 11, 1);

  @Test
  void aSteadyTrendIsExtendedToTheDeadline() {
    List<DailyValue> recent = new ArrayList<>();
    for (int day = 0; day < 20; day++) {
      recent.add(new DailyValue(DAY0.plusDays(day), 40 + 0.5 * day));
    }

    assertThat(Projection.atDeadline(recent, DAY0.plusDays(100)).getAsDouble())
        .isCloseTo(90.0, within(1e-9));
  }

  @Test
  void theLeastSquaresLineAveragesNoise() {
    List<DailyValue> recent =
        List.of(
            new DailyValue(DAY0, 10),
            new DailyValue(DAY0.plusDays(1), 14),
            new DailyValue(DAY0.plusDays(2), 12));

    // slope 1 per day through the mean (day 1, 12)
    assertThat(Projection.atDeadline(recent, DAY0.plusDays(11)).getAsDouble())
        .isCloseTo(22.0, within(1e-9));
  }

  @Test
  void oneDayIsNotATrend() {
    assertThat(Projection.atDeadline(List.of(new DailyValue(DAY0, 50)), DAY0.plusDays(10)))
        .isEmpty();
  }
}
