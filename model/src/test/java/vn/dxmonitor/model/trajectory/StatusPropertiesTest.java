package vn.dxmonitor.model.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import vn.dxmonitor.model.catalog.Comparator;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.status.Assessment;
import vn.dxmonitor.model.status.TargetAssessor;
import vn.dxmonitor.model.unit.UnitLevel;

class StatusPropertiesTest {

  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final LocalDate DEADLINE = LocalDate.of(2030, 12, 31);
  private final TargetAssessor assessor = new TargetAssessor(2.0);

  @Property
  void statusIsConsistentWithGapAndTolerance(
      @ForAll @DoubleRange(min = 0, max = 100) double actual,
      @ForAll @DoubleRange(min = 0, max = 90) double baseline,
      @ForAll @IntRange(min = 0, max = 2190) int day) {
    Target target = target(Comparator.AT_LEAST, 95);
    Trajectory trajectory = trajectory(baseline, 95);

    Assessment a = assessor.assess(target, trajectory, actual, START.plusDays(day));

    switch (a.status()) {
      case ACHIEVED -> assertThat(actual).isGreaterThanOrEqualTo(95);
      case ON_TRACK -> assertThat(a.gap()).isGreaterThanOrEqualTo(0);
      case AT_RISK -> assertThat(a.gap()).isBetween(-2.0, 0.0);
      case BEHIND -> assertThat(a.gap()).isLessThan(-2.0);
      default -> throw new AssertionError("unexpected " + a.status());
    }
    assertThat(a.gap()).isEqualTo(actual - a.expected());
  }

  @Property
  void theComparatorsDirectionDecidesWhatIsBehind(
      @ForAll @DoubleRange(min = 2, max = 50) double expectedRank,
      @ForAll @DoubleRange(min = 3, max = 20) double worseBy) {
    Target rank = target(Comparator.AT_MOST, 1);
    Trajectory flat =
        new Trajectory(
            List.of(
                new TrajectoryPoint(START, expectedRank),
                new TrajectoryPoint(DEADLINE, expectedRank)));

    Assessment worse = assessor.assess(rank, flat, expectedRank + worseBy, START.plusDays(10));
    Assessment better = assessor.assess(rank, flat, expectedRank - 1, START.plusDays(10));

    assertThat(worse.status()).isEqualTo(Status.BEHIND);
    assertThat(worse.gap()).isNegative();
    assertThat(better.status()).isIn(Status.ON_TRACK, Status.ACHIEVED);
  }

  private static Trajectory trajectory(double from, double to) {
    return new Trajectory(
        List.of(new TrajectoryPoint(START, from), new TrajectoryPoint(DEADLINE, to)));
  }

  private static Target target(Comparator comparator, double value) {
    return new Target(
        "t", "p", "i", UnitLevel.COMMUNE, comparator, value, DEADLINE, "q", null, null, null);
  }
}
