package vn.dxmonitor.model.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.catalog.Comparator;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.status.Assessment;
import vn.dxmonitor.model.status.TargetAssessor;
import vn.dxmonitor.model.unit.UnitLevel;

/** When a ratio's trailing window can no longer meet its target on the deadline. */
class UnreachableTest {

  private static final int WINDOW = 30;
  private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);
  private static final Trajectory FLAT_AT_60 =
      new Trajectory(
          List.of(
              new TrajectoryPoint(LocalDate.of(2026, 1, 1), 60),
              new TrajectoryPoint(DEADLINE, 60)));

  private final TargetAssessor assessor = new TargetAssessor(2.0);

  @Test
  void aWindowThatCannotMeetTheTargetOnTheDeadlineIsUnreachable() {
    // 9 days before the deadline: its window (2 to 31 December) already holds 20 closed days of 10
    // of 20; 10 more days of 20, all successes, end at 400 of 600 = 66.7 % < 80 %
    LocalDate asOf = DEADLINE.minusDays(9);
    WindowCounts counts = everyDay(DEADLINE.minusDays(29), asOf.minusDays(1), 10, 20);

    Assessment assessment =
        assessor.assess(target(Comparator.AT_LEAST, 80), FLAT_AT_60, 50.0, asOf, List.of(), counts);

    assertThat(assessment.status()).isEqualTo(Status.UNREACHABLE);
    assertThat(assessment.gap()).isEqualTo(-10.0);
  }

  @Test
  void aWindowThatCanStillMeetTheTargetIsJudgedByItsTrajectory() {
    LocalDate asOf = DEADLINE.minusDays(9);
    WindowCounts counts = everyDay(DEADLINE.minusDays(29), asOf.minusDays(1), 10, 20);

    assertThat(
            assessor
                .assess(target(Comparator.AT_LEAST, 65), FLAT_AT_60, 50.0, asOf, List.of(), counts)
                .status())
        .isEqualTo(Status.BEHIND);
  }

  @Test
  void aStrictComparatorIsUnreachableWhenThePerfectRemainderOnlyEqualsTheTarget() {
    // 14 days before the deadline: 15 closed days of 0 of 20, then 15 days of 20 out of 20: 50 %
    LocalDate asOf = DEADLINE.minusDays(14);
    WindowCounts counts = everyDay(DEADLINE.minusDays(29), asOf.minusDays(1), 0, 20);

    assertThat(
            assessor
                .assess(target(Comparator.MORE_THAN, 50), FLAT_AT_60, 0.0, asOf, List.of(), counts)
                .status())
        .isEqualTo(Status.UNREACHABLE);
    assertThat(
            assessor
                .assess(target(Comparator.AT_LEAST, 50), FLAT_AT_60, 0.0, asOf, List.of(), counts)
                .status())
        .isEqualTo(Status.BEHIND);
  }

  @Test
  void whereLowerIsBetterEvenNoFailureFromTodayOnCanBeTooLate() {
    // 20 closed days of 6 failures in 20 (30 %); 10 days without any end at 120 of 600 = 20 % > 10
    // %
    Trajectory falling =
        new Trajectory(
            List.of(
                new TrajectoryPoint(LocalDate.of(2026, 1, 1), 40),
                new TrajectoryPoint(DEADLINE, 10)));
    LocalDate asOf = DEADLINE.minusDays(9);
    WindowCounts counts = everyDay(DEADLINE.minusDays(29), asOf.minusDays(1), 6, 20);

    assertThat(
            assessor
                .assess(target(Comparator.AT_MOST, 10), falling, 30.0, asOf, List.of(), counts)
                .status())
        .isEqualTo(Status.UNREACHABLE);
    assertThat(
            assessor
                .assess(target(Comparator.AT_MOST, 25), falling, 30.0, asOf, List.of(), counts)
                .status())
        .isNotEqualTo(Status.UNREACHABLE);
  }

  @Test
  void theDeadlineDayItselfIsStillOpen() {
    // 29 closed days of 0 of 10; today's 10 could all succeed: 10 of 300 ≈ 3.3 %
    WindowCounts counts = everyDay(DEADLINE.minusDays(29), DEADLINE.minusDays(1), 0, 10);

    assertThat(
            assessor
                .assess(
                    target(Comparator.AT_LEAST, 3), FLAT_AT_60, 0.0, DEADLINE, List.of(), counts)
                .status())
        .isEqualTo(Status.BEHIND);
    assertThat(
            assessor
                .assess(
                    target(Comparator.AT_LEAST, 4), FLAT_AT_60, 0.0, DEADLINE, List.of(), counts)
                .status())
        .isEqualTo(Status.UNREACHABLE);
  }

  @Test
  void aDeadlineAWholeWindowAwayIsNeverUnreachable() {
    // the window ending on the deadline starts today: nothing it will hold is counted yet
    LocalDate asOf = DEADLINE.minusDays(WINDOW - 1L);
    WindowCounts counts = everyDay(asOf.minusDays(WINDOW - 1L), asOf.minusDays(1), 0, 100);

    assertThat(
            assessor
                .assess(target(Comparator.AT_LEAST, 99), FLAT_AT_60, 0.0, asOf, List.of(), counts)
                .status())
        .isEqualTo(Status.BEHIND);
  }

  @Test
  void closedDaysWithoutVolumeSayNothing() {
    LocalDate asOf = DEADLINE.minusDays(9);
    WindowCounts counts = new WindowCounts(WINDOW, new TreeMap<>());

    assertThat(
            assessor
                .assess(target(Comparator.AT_LEAST, 80), FLAT_AT_60, 50.0, asOf, List.of(), counts)
                .status())
        .isEqualTo(Status.BEHIND);
  }

  @Test
  void achievedMissedAndNoDataComeFirst() {
    WindowCounts counts = everyDay(DEADLINE.minusDays(40), DEADLINE, 0, 20);
    Target atLeast80 = target(Comparator.AT_LEAST, 80);
    LocalDate asOf = DEADLINE.minusDays(5);

    assertThat(assessor.assess(atLeast80, FLAT_AT_60, 80.0, asOf, List.of(), counts).status())
        .isEqualTo(Status.ACHIEVED);
    assertThat(
            assessor
                .assess(atLeast80, FLAT_AT_60, 0.0, DEADLINE.plusDays(1), List.of(), counts)
                .status())
        .isEqualTo(Status.MISSED);
    assertThat(assessor.assess(atLeast80, FLAT_AT_60, null, asOf, List.of(), counts).status())
        .isEqualTo(Status.NO_DATA);
  }

  /** The same counts on every day from {@code from} to {@code to}. */
  static WindowCounts everyDay(LocalDate from, LocalDate to, long numerator, long denominator) {
    TreeMap<LocalDate, WindowCounts.DayCounts> days = new TreeMap<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      days.put(day, new WindowCounts.DayCounts(numerator, denominator));
    }
    return new WindowCounts(WINDOW, days);
  }

  private static Target target(Comparator comparator, double value) {
    return new Target(
        "t", "p", "i", UnitLevel.COMMUNE, comparator, value, DEADLINE, "q", null, null, null);
  }
}
