package vn.dxmonitor.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportingPeriodTest {

  @ParameterizedTest
  @CsvSource({
    "2026-11, MONTHLY, 2026-11-01, 2026-11-30, Tháng 11/2026, November 2026",
    "2026-q4, QUARTERLY, 2026-10-01, 2026-12-31, Quý IV/2026, Q4 2026",
    "2028-Q1, QUARTERLY, 2028-01-01, 2028-03-31, Quý I/2028, Q1 2028",
    "2026-H1, HALF_YEARLY, 2026-01-01, 2026-06-30, 6 tháng đầu năm 2026, First half of 2026",
    "2026, YEARLY, 2026-01-01, 2026-12-31, Năm 2026, 2026",
  })
  void aPeriodIsReadFromItsNameAndNamedBackTheSameWay(
      String text,
      ReportingCadence cadence,
      LocalDate start,
      LocalDate end,
      String labelVi,
      String labelEn) {
    ReportingPeriod period = ReportingPeriod.parse(text).orElseThrow();

    assertThat(period.cadence()).isEqualTo(cadence);
    assertThat(period.start()).isEqualTo(start);
    assertThat(period.end()).isEqualTo(end);
    assertThat(period.labelVi()).isEqualTo(labelVi);
    assertThat(period.labelEn()).isEqualTo(labelEn);
    assertThat(ReportingPeriod.parse(period.id())).contains(period);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-13", "2026-Q5", "2026-H3", "26", "2026-11-30", "Q4/2026", ""})
  void aTextThatNamesNoPeriodIsNotOne(String text) {
    assertThat(ReportingPeriod.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "P1M, 2026-02-28, 2026-02",
    "P3M, 2026-02-28, 2026-Q1",
    "P3M, 2026-07-01, 2026-Q3",
    "P6M, 2026-07-01, 2026-H2",
    "P1Y, 2026-07-01, 2026",
  })
  void everyDayLiesInOnePeriodOfEachCadence(Period cadence, LocalDate day, String expected) {
    ReportingPeriod period = ReportingCadence.of(cadence).orElseThrow().periodOf(day);

    assertThat(period.id()).isEqualTo(expected);
    assertThat(period.contains(day)).isTrue();
    assertThat(period.next().start()).isEqualTo(period.end().plusDays(1));
    assertThat(period.previous().end()).isEqualTo(period.start().minusDays(1));
    assertThat(period.previous().next()).isEqualTo(period);
  }

  @ParameterizedTest
  @ValueSource(strings = {"P1D", "P7D", "P30D"})
  void aCadenceUnderAMonthIsStreamedNotReported(Period cadence) {
    assertThat(ReportingCadence.of(cadence)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"P2M", "P4M", "P1M15D", "P2Y"})
  void aCadenceNoRegimeUsesIsRefusedByName(Period cadence) {
    assertThatThrownBy(() -> ReportingCadence.of(cadence))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(cadence.toString());
  }
}
