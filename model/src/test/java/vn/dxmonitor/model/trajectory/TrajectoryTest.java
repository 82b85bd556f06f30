package vn.dxmonitor.model.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrajectoryTest {

  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final LocalDate MILESTONE = LocalDate.of(2025, 12, 31);
  private static final LocalDate DEADLINE = LocalDate.of(2030, 12, 31);

  private final Trajectory trajectory =
      new Trajectory(
          List.of(
              new TrajectoryPoint(START, 40),
              new TrajectoryPoint(MILESTONE, 90),
              new TrajectoryPoint(DEADLINE, 100)));

  @Test
  void expectedValueIsLinearBetweenPoints() {
    long days = MILESTONE.toEpochDay() - START.toEpochDay();
    LocalDate halfway = START.plusDays(days / 2);

    assertThat(trajectory.expectedAt(halfway))
        .isCloseTo(40 + 50.0 * (days / 2) / days, within(1e-9));
    assertThat(trajectory.expectedAt(MILESTONE)).isEqualTo(90);
  }

  @Test
  void expectedValueIsFlatOutsideThePoints() {
    assertThat(trajectory.expectedAt(START.minusYears(1))).isEqualTo(40);
    assertThat(trajectory.expectedAt(DEADLINE.plusDays(1))).isEqualTo(100);
  }

  @Test
  void daysBehindIsHowLongAgoThePlanExpectedTheActualValue() {
    LocalDate asOf = LocalDate.of(2026, 11, 23);
    // 65 was expected exactly halfway between START and MILESTONE.
    long days = MILESTONE.toEpochDay() - START.toEpochDay();
    LocalDate when = trajectory.lastDateExpecting(65, asOf, true).orElseThrow();

    assertThat(when).isEqualTo(START.plusDays(days / 2));
  }

  @Test
  void daysBehindIsUnknownBelowTheWholeTrajectory() {
    assertThat(trajectory.lastDateExpecting(10, LocalDate.of(2026, 1, 1), true)).isEmpty();
  }

  @Test
  void lowerIsBetterTrajectoriesAreReadTheOtherWay() {
    Trajectory rank =
        new Trajectory(List.of(new TrajectoryPoint(START, 40), new TrajectoryPoint(DEADLINE, 10)));

    assertThat(rank.lastDateExpecting(40, LocalDate.of(2027, 1, 1), false)).contains(START);
    assertThat(rank.lastDateExpecting(5, LocalDate.of(2027, 1, 1), false))
        .contains(LocalDate.of(2027, 1, 1));
  }

  @Test
  void pointsMustBeInDateOrder() {
    assertThatThrownBy(
            () ->
                new Trajectory(
                    List.of(new TrajectoryPoint(DEADLINE, 1), new TrajectoryPoint(START, 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("increasing dates");
  }
}
