package vn.dxmonitor.model.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.catalog.Comparator;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.model.trajectory.Trajectory;
import vn.dxmonitor.model.trajectory.TrajectoryPoint;
import vn.dxmonitor.model.unit.UnitLevel;

class TargetAssessorTest {

  private static final LocalDate DEADLINE = LocalDate.of(2030, 12, 31);
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

  private final TargetAssessor assessor = new TargetAssessor(2.0);
  private final Target atLeast80 = target(Comparator.AT_LEAST, 80);
  private final Trajectory rising =
      new Trajectory(
          List.of(
              new TrajectoryPoint(LocalDate.of(2025, 12, 31), 60),
              new TrajectoryPoint(DEADLINE, 80)));

  @Test
  void aValueAtOrAboveTheTrajectoryIsOnTrack() {
    double expected = rising.expectedAt(AS_OF);

    Assessment assessment = assessor.assess(atLeast80, rising, expected + 0.5, AS_OF);

    assertThat(assessment.status()).isEqualTo(Status.ON_TRACK);
    assertThat(assessment.daysBehind()).isZero();
  }

  @Test
  void aValueWithinTheToleranceBelowIsAtRisk() {
    double expected = rising.expectedAt(AS_OF);

    assertThat(assessor.assess(atLeast80, rising, expected - 1.9, AS_OF).status())
        .isEqualTo(Status.AT_RISK);
    assertThat(assessor.assess(atLeast80, rising, expected - 2.1, AS_OF).status())
        .isEqualTo(Status.BEHIND);
  }

  @Test
  void meetingTheTargetIsAchievedEvenBeforeTheDeadline() {
    assertThat(assessor.assess(atLeast80, rising, 80.0, AS_OF).status()).isEqualTo(Status.ACHIEVED);
  }

  @Test
  void aPassedDeadlineWithoutTheTargetIsMissed() {
    assertThat(assessor.assess(atLeast80, rising, 79.0, DEADLINE.plusDays(1)).status())
        .isEqualTo(Status.MISSED);
  }

  @Test
  void noValueIsNoData() {
    Assessment assessment = assessor.assess(atLeast80, rising, null, AS_OF);

    assertThat(assessment.status()).isEqualTo(Status.NO_DATA);
    assertThat(assessment.expected()).isEqualTo(rising.expectedAt(AS_OF));
  }

  @Test
  void forLowerIsBetterABiggerValueIsBehind() {
    Target atMost10 = target(Comparator.AT_MOST, 10);
    Trajectory falling =
        new Trajectory(
            List.of(
                new TrajectoryPoint(LocalDate.of(2025, 1, 1), 30),
                new TrajectoryPoint(DEADLINE, 10)));
    double expected = falling.expectedAt(AS_OF);

    Assessment behind = assessor.assess(atMost10, falling, expected + 5, AS_OF);

    assertThat(behind.status()).isEqualTo(Status.BEHIND);
    assertThat(behind.gap()).isEqualTo(-5.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(assessor.assess(atMost10, falling, expected - 1, AS_OF).status())
        .isEqualTo(Status.ON_TRACK);
  }

  private static Target target(Comparator comparator, double value) {
    return new Target(
        "t", "p", "i", UnitLevel.COMMUNE, comparator, value, DEADLINE, "q", null, null, null);
  }
}
