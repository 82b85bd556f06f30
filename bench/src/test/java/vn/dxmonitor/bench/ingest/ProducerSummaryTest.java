package vn.dxmonitor.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProducerSummaryTest {

  // Lines as Kafka 4.2.1's ProducerPerformance printed them on this machine.
  private static final String PROGRESS =
      "939794 records sent, 187958.8 records/sec (53.78 MB/sec), 591.9 ms avg latency,"
          + " 1076.0 ms max latency.";
  private static final String TOTAL =
      "3000000 records sent, 144244.638908 records/sec (41.27 MB/sec), 657.27 ms avg latency,"
          + " 1654.00 ms max latency, 510 ms 50th, 1414 ms 95th, 1590 ms 99th, 1636 ms 99.9th.";
  private static final String STEADY =
      "2500000 steady state records sent, 172081.497797 records/sec (49.23 MB/sec), 532.34 ms avg"
          + " latency, 1191.00 ms max latency, 440 ms 50th, 1038 ms 95th, 1151 ms 99th, 1174 ms"
          + " 99.9th.";

  @Test
  void readsEveryNumberOfTheFinalSummary() {
    assertThat(ProducerSummary.parse(TOTAL))
        .contains(
            new ProducerSummary(
                3_000_000, false, 144244.638908, 41.27, 657.27, 1654.0, 510, 1414, 1590, 1636));
  }

  @Test
  void aProgressLineIsNoSummary() {
    assertThat(ProducerSummary.parse(PROGRESS)).isEmpty();
    assertThat(ProducerSummary.parse("Warmup first 500000 records.")).isEmpty();
  }

  @Test
  void theSteadyStateSummaryWinsOverTheWholeRun() {
    ProducerSummary summary =
        ProducerSummary.of(List.of(PROGRESS, "In steady state.", TOTAL, STEADY)).orElseThrow();

    assertThat(summary.steadyState()).isTrue();
    assertThat(summary.records()).isEqualTo(2_500_000);
    assertThat(summary.recordsPerSecond()).isEqualTo(172081.497797);
    assertThat(summary.p999Ms()).isEqualTo(1174);
  }

  @Test
  void withoutWarmupTheWholeRunIsTheSummary() {
    assertThat(ProducerSummary.of(List.of(PROGRESS, TOTAL)).orElseThrow().records())
        .isEqualTo(3_000_000);
    assertThat(ProducerSummary.of(List.of(PROGRESS))).isEmpty();
  }
}
