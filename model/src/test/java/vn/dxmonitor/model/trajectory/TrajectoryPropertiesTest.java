package vn.dxmonitor.model.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class TrajectoryPropertiesTest {

  private static final LocalDate START = LocalDate.of(2023, 1, 1);

  @Property
  void expectedValueIsMonotoneBetweenMilestones(
      @ForAll @DoubleRange(min = 0, max = 100) double from,
      @ForAll @DoubleRange(min = 0, max = 100) double to,
      @ForAll @IntRange(min = 1, max = 3000) int span,
      @ForAll @IntRange(min = 0, max = 3000) int a,
      @ForAll @IntRange(min = 0, max = 3000) int b) {
    Trajectory trajectory =
        new Trajectory(
            List.of(
                new TrajectoryPoint(START, from), new TrajectoryPoint(START.plusDays(span), to)));
    LocalDate early = START.plusDays(Math.min(a, b));
    LocalDate late = START.plusDays(Math.max(a, b));

    double difference = trajectory.expectedAt(late) - trajectory.expectedAt(early);

    assertThat(difference * Math.signum(to - from)).isGreaterThanOrEqualTo(-1e-9);
    assertThat(trajectory.expectedAt(early))
        .isBetween(Math.min(from, to) - 1e-9, Math.max(from, to) + 1e-9);
  }

  @Property
  void theDateFoundExpectsNoMoreThanTheActualValue(
      @ForAll @DoubleRange(min = 0, max = 60) double from,
      @ForAll @DoubleRange(min = 60, max = 100) double to,
      @ForAll @DoubleRange(min = 0, max = 100) double actual,
      @ForAll @IntRange(min = 1, max = 4000) int asOfDays) {
    Trajectory trajectory =
        new Trajectory(
            List.of(
                new TrajectoryPoint(START, from), new TrajectoryPoint(START.plusDays(2000), to)));
    LocalDate asOf = START.plusDays(asOfDays);

    trajectory
        .lastDateExpecting(actual, asOf, true)
        .ifPresentOrElse(
            date -> {
              assertThat(date).isBeforeOrEqualTo(asOf);
              assertThat(trajectory.expectedAt(date)).isLessThanOrEqualTo(actual + 1e-6);
            },
            () -> assertThat(actual).isLessThan(from));
  }
}
