package vn.dxmonitor.processor.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CountHistoryTest {

  private static final LocalDate PLAN_START = LocalDate.of(2021, 9, 20);
  private final PeriodStarts starts = new PeriodStarts(List.of(PLAN_START));
  private final CountHistory history = new CountHistory();

  @Test
  void aTrailingWindowSumsItsDaysAndNoOthers() {
    add(LocalDate.of(2026, 10, 24), 9, 9); // 31 days before the window's end: outside
    add(LocalDate.of(2026, 10, 25), 1, 2);
    add(LocalDate.of(2026, 11, 23), 3, 4);
    add(LocalDate.of(2026, 11, 24), 5, 5); // after the window's end

    assertThat(history.window(LocalDate.of(2026, 11, 23), 30)).isEqualTo(new Counts(4, 6));
  }

  @Test
  void toDateSumsAreExactFromEveryPeriodStartLongAfterTheDaysAreForgotten() {
    Random random = new Random(3);
    long[] sinceYear2026 = new long[2];
    long[] sinceQuarter = new long[2];
    long[] sinceMonth = new long[2];
    long[] sincePlan = new long[2];
    long[] since2024 = new long[2];
    for (LocalDate day = LocalDate.of(2021, 1, 1);
        day.isBefore(LocalDate.of(2026, 11, 24));
        day = day.plusDays(1)) {
      int numerator = random.nextInt(5);
      int denominator = numerator + random.nextInt(5);
      add(day, numerator, denominator);
      if (!day.isBefore(LocalDate.of(2026, 1, 1))) {
        sinceYear2026[0] += numerator;
        sinceYear2026[1] += denominator;
      }
      if (!day.isBefore(LocalDate.of(2026, 10, 1))) {
        sinceQuarter[0] += numerator;
        sinceQuarter[1] += denominator;
      }
      if (!day.isBefore(LocalDate.of(2026, 11, 1))) {
        sinceMonth[0] += numerator;
        sinceMonth[1] += denominator;
      }
      if (!day.isBefore(PLAN_START)) {
        sincePlan[0] += numerator;
        sincePlan[1] += denominator;
      }
      if (!day.isBefore(LocalDate.of(2024, 1, 1))) {
        since2024[0] += numerator;
        since2024[1] += denominator;
      }
      LocalDate firstKept = day.minusDays(37);
      history.forgetDaysBefore(firstKept);
      history.foldPeriodsBefore(firstKept.withDayOfYear(1).minusYears(1), starts);
    }

    assertThat(history.days()).hasSize(38);
    // 2021 from its first day and from the plan's start, 2022 to 2024 a sum each, then every
    // month of 2025 and of 2026 to November: the state does not grow a sum a month forever
    assertThat(history.periods()).hasSize(2 + 3 + 12 + 11);
    assertThat(history.since(LocalDate.of(2024, 1, 1)))
        .isEqualTo(new Counts(since2024[0], since2024[1]));
    assertThat(history.since(LocalDate.of(2026, 1, 1)))
        .isEqualTo(new Counts(sinceYear2026[0], sinceYear2026[1]));
    assertThat(history.since(LocalDate.of(2026, 10, 1)))
        .isEqualTo(new Counts(sinceQuarter[0], sinceQuarter[1]));
    assertThat(history.since(LocalDate.of(2026, 11, 1)))
        .isEqualTo(new Counts(sinceMonth[0], sinceMonth[1]));
    assertThat(history.since(PLAN_START)).isEqualTo(new Counts(sincePlan[0], sincePlan[1]));
  }

  @Test
  void aSumBetweenAPeriodStartAndAPastDayLeavesTheLaterDaysOut() {
    add(LocalDate.of(2026, 10, 31), 9, 9); // the month before
    add(LocalDate.of(2026, 11, 2), 1, 2);
    add(LocalDate.of(2026, 11, 5), 3, 4);
    add(LocalDate.of(2026, 11, 6), 5, 5); // after the day

    assertThat(history.between(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 5)))
        .isEqualTo(new Counts(4, 6));
    assertThat(history.between(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 5)))
        .isEqualTo(new Counts(13, 15));
  }

  @Test
  void stateSummedByYearMovesTheDaysStillKeptIntoTheirMonths() {
    // As an earlier layout kept it: every count in the year's period, from its first day
    LocalDate year = LocalDate.of(2026, 1, 1);
    history.add(LocalDate.of(2026, 3, 10), year, new Counts(5, 8)); // forgotten below
    history.add(LocalDate.of(2026, 10, 30), year, new Counts(1, 2));
    history.add(LocalDate.of(2026, 11, 2), year, new Counts(3, 4));
    history.add(LocalDate.of(2026, 11, 9), year, new Counts(2, 2));
    history.forgetDaysBefore(LocalDate.of(2026, 10, 1));

    history.splitKeptDaysIntoMonths();

    assertThat(history.since(LocalDate.of(2026, 11, 1))).isEqualTo(new Counts(5, 6));
    assertThat(history.since(LocalDate.of(2026, 10, 1))).isEqualTo(new Counts(6, 8));
    assertThat(history.since(year)).isEqualTo(new Counts(11, 16));
    assertThat(history.between(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 5)))
        .isEqualTo(new Counts(3, 4));
    assertThat(history.periods().get(year)).isEqualTo(new Counts(5, 8));
  }

  @Test
  void aLateEventCorrectsItsDayAndItsPeriod() {
    add(LocalDate.of(2026, 11, 20), 1, 1);
    add(LocalDate.of(2026, 11, 23), 1, 1);

    add(LocalDate.of(2026, 11, 20), 0, 1);

    assertThat(history.days().get(LocalDate.of(2026, 11, 20))).isEqualTo(new Counts(1, 2));
    assertThat(history.window(LocalDate.of(2026, 11, 22), 30)).isEqualTo(new Counts(1, 2));
    assertThat(history.since(LocalDate.of(2026, 1, 1))).isEqualTo(new Counts(2, 3));
  }

  @Test
  void aPeriodStartsOnAMonthsFirstOrOnAPlansStartWhicheverCameLast() {
    assertThat(starts.periodOf(LocalDate.of(2021, 9, 19))).isEqualTo(LocalDate.of(2021, 9, 1));
    assertThat(starts.periodOf(LocalDate.of(2021, 9, 20))).isEqualTo(PLAN_START);
    assertThat(starts.periodOf(LocalDate.of(2021, 9, 30))).isEqualTo(PLAN_START);
    assertThat(starts.periodOf(LocalDate.of(2021, 12, 31))).isEqualTo(LocalDate.of(2021, 12, 1));
    assertThat(starts.periodOf(LocalDate.of(2022, 3, 1))).isEqualTo(LocalDate.of(2022, 3, 1));
    assertThat(starts.isStart(PLAN_START)).isTrue();
    assertThat(starts.isStart(LocalDate.of(2021, 10, 1))).isTrue();
    assertThat(starts.isStart(LocalDate.of(2021, 9, 21))).isFalse();
  }

  private void add(LocalDate day, long numerator, long denominator) {
    history.add(day, starts.periodOf(day), new Counts(numerator, denominator));
  }
}
