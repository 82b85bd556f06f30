package vn.dxmonitor.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportPeriodTest {

  @ParameterizedTest
  @CsvSource({
    "2025, 2025-12-31",
    "2025-H1, 2025-06-30",
    "2025-h2, 2025-12-31",
    "2025-Q1, 2025-03-31",
    "2024-Q1, 2024-03-31",
    "2024-02, 2024-02-29",
    "2025-09-15, 2025-09-15"
  })
  void aPeriodCountsAsOfItsLastDay(String period, LocalDate last) {
    assertThat(ReportPeriod.lastDay(period)).contains(last);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-Q5", "2025-H3", "25", "2025-13", "Q3 2025", "2025-02-30", ""})
  void otherTextIsNoPeriod(String text) {
    assertThat(ReportPeriod.lastDay(text)).isEmpty();
  }
}
