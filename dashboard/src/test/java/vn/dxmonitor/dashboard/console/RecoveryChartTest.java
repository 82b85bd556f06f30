package vn.dxmonitor.dashboard.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.recovery.Recovery;

class RecoveryChartTest {

  // 2026-03-10 08:00 in Vietnam
  private static final Instant NOW = Instant.parse("2026-03-10T01:00:00Z");

  @Test
  void aBarPerVietnameseDayOfTheLastMonthStackedByService() {
    RecoveryChart chart =
        RecoveryChart.of(
            List.of(
                at("processor", "2026-03-10T00:30:00Z"),
                at("processor", "2026-03-09T18:00:00Z"), // 01:00 on the 10th in Vietnam
                at("ingest", "2026-03-09T16:00:00Z"), // 23:00 on the 9th in Vietnam
                at("alerting", "2026-02-08T16:59:00Z"), // 23:59 on 8 February: a day too old
                at("ingest", "2026-02-08T17:00:00Z")), // 00:00 on 9 February: the first of 30 days
            NOW);

    assertThat(chart.bars()).hasSize(30);
    assertThat(chart.bars().get(0).day()).isEqualTo(LocalDate.parse("2026-02-09"));
    assertThat(chart.bars().get(0).total()).isEqualTo(1);
    RecoveryChart.Bar today = chart.bars().get(29);
    assertThat(today.day()).isEqualTo(LocalDate.parse("2026-03-10"));
    assertThat(today.total()).isEqualTo(2);
    assertThat(chart.bars().get(28).segments())
        .containsExactly(new RecoveryChart.Segment("ingest", 1, 0));
    assertThat(chart.services()).containsExactly("ingest", "processor");
    assertThat(chart.highest()).isEqualTo(2);
    assertThat(chart.colour("processor")).isEqualTo(1);
  }

  @Test
  void segmentsStackInTheLegendsOrder() {
    RecoveryChart chart =
        RecoveryChart.of(
            List.of(
                at("processor", "2026-03-10T00:10:00Z"),
                at("alerting", "2026-03-10T00:20:00Z"),
                at("processor", "2026-03-10T00:30:00Z")),
            NOW);

    assertThat(chart.bars().get(29).segments())
        .containsExactly(
            new RecoveryChart.Segment("alerting", 1, 0),
            new RecoveryChart.Segment("processor", 2, 1));
  }

  @Test
  void aMonthWithoutRecoveriesIsEmpty() {
    RecoveryChart chart = RecoveryChart.of(List.of(at("processor", "2025-12-01T00:00:00Z")), NOW);

    assertThat(chart.isEmpty()).isTrue();
    assertThat(chart.services()).isEmpty();
  }

  private static Recovery at(String service, String instant) {
    return new Recovery(service, Recovery.THREAD_REPLACED, Instant.parse(instant), "fault");
  }
}
