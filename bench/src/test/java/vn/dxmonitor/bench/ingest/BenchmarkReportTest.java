package vn.dxmonitor.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.bench.infra.CpuMeter;
import vn.dxmonitor.bench.infra.Latency;

class BenchmarkReportTest {

  private static final ProducerSummary PRODUCER =
      new ProducerSummary(2_500_000, true, 150_000.0, 42.9, 500.0, 1200.0, 450, 1000, 1100, 1150);
  private static final CpuMeter.Usage QUIET =
      new CpuMeter.Usage(30, Map.of("ingest", 1.2, "kafka", 0.6), Optional.of(1.85));

  @Test
  void theLastLineIsTheBatchedRatioWithTwoDecimals() {
    BenchmarkReport report = report(phase("batches of 100", 100, 2_000_000, 0), QUIET);

    List<String> lines = print(report);

    // 2,000,000 events in 30 s = 66,667 events/s against 150,000 records/s
    assertThat(report.batchedRatio())
        .isCloseTo(0.4444, org.assertj.core.api.Assertions.within(1e-4));
    assertThat(lines.get(lines.size() - 1)).isEqualTo("ingest/producer ratio: 0.44");
    assertThat(lines).contains("  batches of 100         0.444");
    assertThat(String.join("\n", lines))
        .contains("66,667 events/s")
        .contains("16 connections, 30 s measured after 45 s warm-up (rate steady within 5 %)")
        .contains("ingest 1.20, kafka 0.60, other 0.05 cores; machine 1.85 of")
        .doesNotContain("FAILED")
        .doesNotContain("DISTURBED");
  }

  @Test
  void failuresAndOtherLoadAreShoutedBeforeTheRatio() {
    CpuMeter.Usage busy = new CpuMeter.Usage(30, Map.of("ingest", 0.5), Optional.of(1.9));
    BenchmarkReport report = report(phase("batches of 100", 100, 1_000_000, 3), busy);

    String text = String.join("\n", print(report));

    assertThat(report.failures()).isEqualTo(3);
    assertThat(text)
        .contains("!!! FAILED")
        .contains("!!! batches of 100: 3 of 10,003 requests failed")
        .contains("!!!   status 503: {}")
        .contains("!!! DISTURBED: other processes kept up to 1.40 cores busy")
        .endsWith("ingest/producer ratio: 0.22");
  }

  private static BenchmarkReport report(PhaseResult batched, CpuMeter.Usage cpu) {
    return new BenchmarkReport(
        new BenchmarkReport.Setup(2, "17", "4.2.1", 3, 300, List.of(), Path.of("/tmp/logs")),
        PRODUCER,
        QUIET,
        new PhaseResult(
            batched.phase(),
            batched.warmupSeconds(),
            batched.steady(),
            batched.seconds(),
            batched.requests(),
            batched.events(),
            batched.bodyBytesPerEvent(),
            batched.latency(),
            batched.sentRequests(),
            batched.failures(),
            batched.failureSamples(),
            cpu),
        phase("1 event per request", 1, 60_000, 0));
  }

  private static PhaseResult phase(String name, int batch, long events, long failures) {
    Warmup warmup = new Warmup(Duration.ofSeconds(20), Duration.ofSeconds(90), 0.05);
    Phase phase = new Phase(name, "b", batch, 16, warmup, Duration.ofSeconds(30));
    long requests = events / batch;
    return new PhaseResult(
        phase,
        45,
        true,
        30,
        requests,
        events,
        170,
        new Latency(requests, 20, 18, 35, 50, 90, 120),
        requests + failures,
        failures,
        failures > 0 ? List.of("status 503: {}") : List.of(),
        QUIET);
  }

  private static List<String> print(BenchmarkReport report) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
