package vn.dxmonitor.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class PublicHolidaysTest {

  @Test
  void twentyTwentySixHasItsLunarHolidaysAndASubstituteForTheHungKingsOnASunday() {
    assertThat(PublicHolidays.of(2026))
        .extracting(Holiday::date)
        .containsExactly(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 2, 16),
            LocalDate.of(2026, 2, 17),
            LocalDate.of(2026, 2, 18),
            LocalDate.of(2026, 2, 19),
            LocalDate.of(2026, 2, 20),
            LocalDate.of(2026, 4, 26),
            LocalDate.of(2026, 4, 27),
            LocalDate.of(2026, 4, 30),
            LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 9, 2),
            LocalDate.of(2026, 9, 3));
    assertThat(PublicHolidays.of(2026).get(7))
        .isEqualTo(
            new Holiday(
                LocalDate.of(2026, 4, 27),
                "Nghỉ bù Giỗ Tổ Hùng Vương",
                true,
                HolidayKind.HUNG_KINGS));
  }

  @Test
  void aTetDayOnASaturdayGivesTheNextWorkingDayThatIsNoHolidayItself() {
    // Tết 2025: Tuesday 28 January to Saturday 1 February
    assertThat(PublicHolidays.isHoliday(LocalDate.of(2025, 1, 28))).isTrue();
    assertThat(PublicHolidays.isHoliday(LocalDate.of(2025, 2, 1))).isTrue();
    assertThat(PublicHolidays.isHoliday(LocalDate.of(2025, 2, 2))).isFalse();
    assertThat(PublicHolidays.isHoliday(LocalDate.of(2025, 2, 3))).isTrue();
    assertThat(PublicHolidays.isHoliday(LocalDate.of(2025, 4, 7))).isTrue();
  }

  @Test
  void aReportIsDueLaterByEveryHolidayInBetweenEvenOnesTheDelayReaches() {
    // Weekly from Thursday 12 February 2026: the 19th, plus Tết's five days (16th–20th)
    assertThat(WorkingDays.national().after(LocalDate.of(2026, 2, 12), Period.ofDays(7)))
        .isEqualTo(LocalDate.of(2026, 2, 24));
    // Daily from Wednesday 29 April: 30 April and 1 May push it to 2 May
    assertThat(WorkingDays.national().after(LocalDate.of(2026, 4, 29), Period.ofDays(1)))
        .isEqualTo(LocalDate.of(2026, 5, 2));
    // No holiday in between: the cadence alone
    assertThat(WorkingDays.national().after(LocalDate.of(2026, 6, 1), Period.ofDays(7)))
        .isEqualTo(LocalDate.of(2026, 6, 8));
  }

  @Test
  void anOrdinaryWorkingDayIsNoHoliday() {
    assertThat(PublicHolidays.isHoliday(LocalDate.of(2026, 3, 10))).isFalse();
    assertThat(PublicHolidays.isHoliday(LocalDate.of(2026, 2, 21))).isFalse();
  }

  @Test
  void workingDaysAreCountedOverWeekendsAndTet() {
    // Tết 2027: 5 to 9 February, with 10 and 11 February in lieu of the weekend's two.
    assertThat(WorkingDays.national().workingDaysBefore(LocalDate.of(2027, 2, 12), 5))
        .isEqualTo(LocalDate.of(2027, 1, 29));
    assertThat(WorkingDays.national().workingDaysBefore(LocalDate.of(2026, 12, 15), 5))
        .isEqualTo(LocalDate.of(2026, 12, 8));
    assertThat(WorkingDays.national().isWorkingDay(LocalDate.of(2027, 2, 10))).isFalse();
    assertThat(WorkingDays.national().isWorkingDay(LocalDate.of(2027, 2, 12))).isTrue();
  }
}
