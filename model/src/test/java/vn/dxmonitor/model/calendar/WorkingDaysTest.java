package vn.dxmonitor.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A plan's own days off count like public holidays, for that plan only. */
class WorkingDaysTest {

  /** Monday 15 June 2026, a province's own day off. */
  private static final LocalDate FESTIVAL = LocalDate.of(2026, 6, 15);

  private final WorkingDays plan = WorkingDays.with(Map.of(FESTIVAL, "Ngày hội văn hoá tỉnh"));
  private final WorkingDays national = WorkingDays.national();

  @Test
  void aPlansOwnDayOffIsNoWorkingDayForThatPlanOnly() {
    assertThat(plan.isWorkingDay(FESTIVAL)).isFalse();
    assertThat(national.isWorkingDay(FESTIVAL)).isTrue();
    assertThat(plan.dayOff(FESTIVAL))
        .hasValue(new Holiday(FESTIVAL, "Ngày hội văn hoá tỉnh", false, HolidayKind.EXTRA));
    assertThat(plan.onOrAfter(FESTIVAL)).isEqualTo(FESTIVAL.plusDays(1));
  }

  @Test
  void countsOfWorkingDaysAndSilencesLeaveItOut() {
    // Two working days before Wednesday the 17th: Tuesday the 16th, then (past the day off and
    // the weekend) Friday the 12th.
    assertThat(plan.workingDaysBefore(LocalDate.of(2026, 6, 17), 2))
        .isEqualTo(LocalDate.of(2026, 6, 12));
    assertThat(national.workingDaysBefore(LocalDate.of(2026, 6, 17), 2)).isEqualTo(FESTIVAL);
    // Weekly from Friday the 12th: due a day later for the day off in between.
    assertThat(plan.after(LocalDate.of(2026, 6, 12), Period.ofDays(7)))
        .isEqualTo(LocalDate.of(2026, 6, 20));
    assertThat(national.after(LocalDate.of(2026, 6, 12), Period.ofDays(7)))
        .isEqualTo(LocalDate.of(2026, 6, 19));
  }

  @Test
  void aDayOffThatIsAlsoAPublicHolidayIsOneDayOff() {
    WorkingDays twice = WorkingDays.with(Map.of(LocalDate.of(2026, 9, 2), "Quốc khánh"));

    assertThat(twice.after(LocalDate.of(2026, 8, 31), Period.ofDays(7)))
        .isEqualTo(national.after(LocalDate.of(2026, 8, 31), Period.ofDays(7)));
    assertThat(twice.dayOff(LocalDate.of(2026, 9, 2)).orElseThrow().kind())
        .isEqualTo(HolidayKind.NATIONAL_DAY);
  }
}
