package vn.dxmonitor.model.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepCurveTest {

  private final Trajectory yearly =
      new Trajectory(
          List.of(
              new TrajectoryPoint(LocalDate.of(2024, 1, 1), 50),
              new TrajectoryPoint(LocalDate.of(2024, 12, 31), 60),
              new TrajectoryPoint(LocalDate.of(2025, 12, 31), 80)),
          Curve.STEP);

  @Test
  void theExpectedValueJumpsOnEachPointsDate() {
    assertThat(yearly.expectedAt(LocalDate.of(2024, 6, 1))).isEqualTo(50);
    assertThat(yearly.expectedAt(LocalDate.of(2024, 12, 30))).isEqualTo(50);
    assertThat(yearly.expectedAt(LocalDate.of(2024, 12, 31))).isEqualTo(60);
    assertThat(yearly.expectedAt(LocalDate.of(2025, 6, 1))).isEqualTo(60);
    assertThat(yearly.expectedAt(LocalDate.of(2026, 1, 1))).isEqualTo(80);
  }

  @Test
  void daysBehindOnAStepIsCountedFromTheEndOfTheStepThatExpectedTheValue() {
    LocalDate asOf = LocalDate.of(2025, 6, 1);

    assertThat(yearly.lastDateExpecting(55, asOf, true)).contains(LocalDate.of(2024, 12, 30));
    assertThat(yearly.lastDateExpecting(65, asOf, true)).contains(asOf);
    assertThat(yearly.lastDateExpecting(40, asOf, true)).isEmpty();
  }
}
