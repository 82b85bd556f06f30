package vn.dxmonitor.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingDeadlinesTest {

  private final ReportingDeadlines defaults = ReportingDeadlines.defaults();

  @ParameterizedTest
  @CsvSource({
    // 20 December 2027 is a Monday; 15 December 2026 a Tuesday.
    "2027, 2027-12-20",
    "2026-Q4, 2026-12-15",
    // 15 March 2026 is a Sunday, so the quarter's figures are due on Monday the 16th.
    "2026-Q1, 2026-03-16",
    // 20 December 2026 is a Sunday.
    "2026, 2026-12-21",
    // 15 November 2026 is a Sunday.
    "2026-11, 2026-11-16",
    "2026-H1, 2026-06-15",
  })
  void theDefaultsAreTheSeedPlansDaysMovedToAWorkingDay(String period, LocalDate expected) {
    LocalDate deadline = defaults.deadline(ReportingPeriod.parse(period).orElseThrow());

    assertThat(deadline).isEqualTo(expected);
    assertThat(deadline.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
  }

  @Test
  void aDeadlineOnAHolidayMovesPastIt() {
    // 30 April 2027 (Friday) and 1 May (Saturday, so Monday 3 May is its substitute).
    ReportingDeadlines lastOfApril = defaults.with(ReportingCadence.MONTHLY, 30);

    assertThat(lastOfApril.deadline(ReportingPeriod.parse("2027-04").orElseThrow()))
        .isEqualTo(LocalDate.of(2027, 5, 4));
  }

  @Test
  void aDeadlineInTetWaitsUntilTetIsOver() {
    // Tết 2027 is Saturday 6 February; the holidays run from 5 to 9 February, substitutes to the
    // 11th.
    ReportingDeadlines fifth = defaults.with(ReportingCadence.MONTHLY, 5);

    LocalDate deadline = fifth.deadline(ReportingPeriod.parse("2027-02").orElseThrow());

    assertThat(deadline).isAfter(LocalDate.of(2027, 2, 9));
    assertThat(PublicHolidays.isHoliday(deadline)).isFalse();
    assertThat(PublicHolidays.isHoliday(deadline.minusDays(1))).isTrue();
  }

  @Test
  void aDayPastTheMonthsEndIsItsLastDay() {
    ReportingDeadlines thirtyFirst = defaults.with(ReportingCadence.MONTHLY, 31);

    // 28 February 2030 is a Thursday.
    assertThat(thirtyFirst.deadline(ReportingPeriod.parse("2030-02").orElseThrow()))
        .isEqualTo(LocalDate.of(2030, 2, 28));
  }

  @Test
  void aDayOutsideAMonthIsRefusedNamingTheCadence() {
    assertThatThrownBy(() -> defaults.with(ReportingCadence.QUARTERLY, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("QUARTERLY")
        .hasMessageContaining("not 0");
    assertThatThrownBy(() -> new ReportingDeadlines(Map.of(ReportingCadence.YEARLY, 20)))
        .hasMessageContaining("MONTHLY");
  }
}
