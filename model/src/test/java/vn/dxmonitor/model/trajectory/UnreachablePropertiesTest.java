package vn.dxmonitor.model.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import vn.dxmonitor.model.catalog.Comparator;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.status.Assessment;
import vn.dxmonitor.model.status.TargetAssessor;
import vn.dxmonitor.model.unit.UnitLevel;

/** The laws of {@link Status#UNREACHABLE}. */
class UnreachablePropertiesTest {

  private static final int WINDOW = 30;
  private static final int VOLUME = 40;
  private static final LocalDate DEADLINE = LocalDate.of(2030, 12, 31);
  private static final Trajectory TRAJECTORY =
      new Trajectory(
          List.of(
              new TrajectoryPoint(LocalDate.of(2025, 1, 1), 50),
              new TrajectoryPoint(DEADLINE, 90)));

  private final TargetAssessor assessor = new TargetAssessor(2.0);

  /**
   * Simulated: the closed days of the window ending on the deadline as generated, then every
   * remaining day (today included) at the same volume, all of it successes — or all failures where
   * lower is better. The target is unreachable exactly when that window fails it.
   */
  @Property
  void unreachableExactlyWhenEvenAPerfectRemainderFailsTheTarget(
      @ForAll @Size(WINDOW) List<@IntRange(min = 0, max = VOLUME) Integer> successes,
      @ForAll @IntRange(min = 0, max = WINDOW + 5) int daysLeft,
      @ForAll @DoubleRange(min = 0, max = 100) double targetValue,
      @ForAll Comparator comparator) {
    LocalDate asOf = DEADLINE.minusDays(daysLeft);
    WindowCounts counts = window(successes);
    Target target = target(comparator, targetValue);
    double actual = actual(counts, asOf);

    Status status = assessor.assess(target, TRAJECTORY, actual, asOf, List.of(), counts).status();

    long closedDays = WINDOW - (daysLeft + 1L);
    if (target.isMetBy(actual)) {
      assertThat(status).isEqualTo(Status.ACHIEVED);
    } else if (closedDays <= 0) {
      assertThat(status).isNotEqualTo(Status.UNREACHABLE);
    } else {
      long numerator = 0;
      for (int i = 0; i < closedDays; i++) {
        numerator += successes.get(i);
      }
      long remainingVolume = (daysLeft + 1L) * VOLUME;
      long best = comparator.higherIsBetter() ? numerator + remainingVolume : numerator;
      double atDeadline = 100.0 * best / (closedDays * VOLUME + remainingVolume);
      assertThat(status == Status.UNREACHABLE)
          .as("best %.3f against %s %.3f", atDeadline, comparator.symbol(), targetValue)
          .isEqualTo(!target.isMetBy(atDeadline));
    }
  }

  @Property
  void aValueMeetingTheTargetIsNeverUnreachable(
      @ForAll @Size(WINDOW) List<@IntRange(min = 0, max = VOLUME) Integer> successes,
      @ForAll @IntRange(min = 0, max = WINDOW) int daysLeft,
      @ForAll @DoubleRange(min = 0, max = 100) double targetValue,
      @ForAll @DoubleRange(min = 0, max = 100) double actual,
      @ForAll Comparator comparator) {
    Target target = target(comparator, targetValue);
    Assessment assessment =
        assessor.assess(
            target, TRAJECTORY, actual, DEADLINE.minusDays(daysLeft), List.of(), window(successes));

    if (target.isMetBy(actual)) {
      assertThat(assessment.status()).isEqualTo(Status.ACHIEVED);
    }
  }

  @Property
  void afterTheDeadlineNeverUnreachable(
      @ForAll @Size(WINDOW) List<@IntRange(min = 0, max = VOLUME) Integer> successes,
      @ForAll @IntRange(min = 1, max = 400) int daysAfter,
      @ForAll @DoubleRange(min = 0, max = 100) double targetValue,
      @ForAll @DoubleRange(min = 0, max = 100) double actual,
      @ForAll Comparator comparator) {
    Status status =
        assessor
            .assess(
                target(comparator, targetValue),
                TRAJECTORY,
                actual,
                DEADLINE.plusDays(daysAfter),
                List.of(),
                window(successes))
            .status();

    assertThat(status).isIn(Status.ACHIEVED, Status.MISSED);
  }

  @Property
  void withoutAValueOrWithoutCountsNeverUnreachable(
      @ForAll @Size(WINDOW) List<@IntRange(min = 0, max = VOLUME) Integer> successes,
      @ForAll @IntRange(min = -5, max = WINDOW) int daysLeft,
      @ForAll @DoubleRange(min = 0, max = 100) double targetValue,
      @ForAll @DoubleRange(min = 0, max = 100) double actual,
      @ForAll Comparator comparator) {
    Target target = target(comparator, targetValue);
    LocalDate asOf = DEADLINE.minusDays(daysLeft);

    assertThat(
            assessor.assess(target, TRAJECTORY, null, asOf, List.of(), window(successes)).status())
        .isEqualTo(Status.NO_DATA);
    assertThat(assessor.assess(target, TRAJECTORY, actual, asOf, List.of(), null).status())
        .isNotEqualTo(Status.UNREACHABLE);
  }

  /**
   * {@code successes.get(i)} of {@link #VOLUME} on the i-th day of the window ending on the
   * deadline.
   */
  private static WindowCounts window(List<Integer> successes) {
    TreeMap<LocalDate, WindowCounts.DayCounts> days = new TreeMap<>();
    LocalDate first = DEADLINE.minusDays(WINDOW - 1L);
    for (int i = 0; i < successes.size(); i++) {
      days.put(first.plusDays(i), new WindowCounts.DayCounts(successes.get(i), VOLUME));
    }
    return new WindowCounts(WINDOW, days);
  }

  /** The value of the window ending on {@code asOf}, from the days before it (today is empty). */
  private static double actual(WindowCounts counts, LocalDate asOf) {
    WindowCounts.DayCounts seen = counts.between(asOf.minusDays(WINDOW - 1L), asOf.minusDays(1));
    return seen.denominator() == 0 ? 0 : 100.0 * seen.numerator() / seen.denominator();
  }

  private static Target target(Comparator comparator, double value) {
    return new Target(
        "t", "p", "i", UnitLevel.COMMUNE, comparator, value, DEADLINE, "q", null, null, null);
  }
}
