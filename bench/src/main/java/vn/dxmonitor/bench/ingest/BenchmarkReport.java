package vn.dxmonitor.bench.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.dxmonitor.bench.infra.CpuMeter;
import vn.dxmonitor.bench.infra.Latency;

/**
 * The printed result of a run: the baseline, each ingest phase, where the CPU went, the ratios, and
 * as its very last line {@code ingest/producer ratio: <batched ratio>}, which scripts read.
 *
 * @param setup what ran where
 * @param producer ProducerPerformance's summary
 * @param producerCpu cores busy while ProducerPerformance ran
 * @param batched the ingest phase with batches
 * @param single the ingest phase with one event per request
 */
record BenchmarkReport(
    Setup setup,
    ProducerSummary producer,
    CpuMeter.Usage producerCpu,
    PhaseResult batched,
    PhaseResult single) {

  /**
   * @param cores processors the JVM sees
   * @param java the JDK's version
   * @param kafka the broker's and the baseline's Kafka version
   * @param partitions partitions of {@code dx.metric-events} and of the baseline's topic
   * @param recordSize ProducerPerformance's record size in bytes
   * @param ingestProperties settings the ingest ran with on top of its own
   * @param logs where the logs of the run are
   */
  record Setup(
      int cores,
      String java,
      String kafka,
      int partitions,
      int recordSize,
      List<String> ingestProperties,
      Path logs) {}

  static final String RATIO_LINE = "ingest/producer ratio: ";

  /** Events per second of the batched phase over ProducerPerformance's records per second. */
  double batchedRatio() {
    return ratio(batched);
  }

  double ratio(PhaseResult phase) {
    return producer.recordsPerSecond() <= 0
        ? 0
        : phase.eventsPerSecond() / producer.recordsPerSecond();
  }

  /** Above this many cores busy with other processes, a window's numbers are not trustworthy. */
  static final double DISTURBANCE_CORES = 0.25;

  /** The most cores other processes used during any window of the run. */
  double mostOtherCores() {
    return List.of(producerCpu, batched.cpu(), single.cpu()).stream()
        .flatMap(usage -> usage.otherCores().stream())
        .mapToDouble(Double::doubleValue)
        .max()
        .orElse(0);
  }

  long failures() {
    return batched.failures() + single.failures();
  }

  void print(PrintStream out) {
    out.println();
    out.println("== DX Monitor ingest benchmark ==");
    out.printf(
        Locale.ROOT,
        "machine      %d cores, Java %s; one KRaft broker, Kafka %s; topics of %d partitions%n",
        setup.cores(),
        setup.java(),
        setup.kafka(),
        setup.partitions());
    if (!setup.ingestProperties().isEmpty()) {
      out.println(
          "ingest       NOT as deployed: started with "
              + String.join(" ", setup.ingestProperties().stream().map(p -> "--" + p).toList()));
    }
    out.println();
    out.printf(
        Locale.ROOT,
        "Kafka ProducerPerformance (the baseline): %d-byte records, acks=all, %s%n",
        setup.recordSize(),
        producer.steadyState()
            ? String.format(
                Locale.ROOT, "steady state of %,d records after warm-up", producer.records())
            : String.format(Locale.ROOT, "%,d records", producer.records()));
    out.printf(
        Locale.ROOT,
        "  throughput   %,10.0f records/s   %.2f MB/s%n",
        producer.recordsPerSecond(),
        producer.megabytesPerSecond());
    out.printf(
        Locale.ROOT,
        "  latency      per record: mean %.1f, p50 %d, p95 %d, p99 %d, p99.9 %d, max %.0f ms%n",
        producer.avgLatencyMs(),
        producer.p50Ms(),
        producer.p95Ms(),
        producer.p99Ms(),
        producer.p999Ms(),
        producer.maxLatencyMs());
    out.println("  CPU          " + cpu(producerCpu) + " (whole run, warm-up included)");
    phase(out, batched);
    phase(out, single);
    if (failures() > 0) {
      out.println();
      out.println(
          "!!! FAILED: the ingest API did not accept every event; the rates below are not valid");
      for (PhaseResult phase : new PhaseResult[] {batched, single}) {
        if (phase.failures() > 0) {
          out.printf(
              Locale.ROOT,
              "!!! %s: %,d of %,d requests failed, for example:%n",
              phase.phase().name(),
              phase.failures(),
              phase.sentRequests());
          phase.failureSamples().forEach(sample -> out.println("!!!   " + sample));
        }
      }
    }
    if (mostOtherCores() > DISTURBANCE_CORES) {
      out.println();
      out.printf(
          Locale.ROOT,
          "!!! DISTURBED: other processes kept up to %.2f cores busy during the run (see 'other'"
              + " above); the numbers may be off. Run again on a quiet machine.%n",
          mostOtherCores());
    }
    out.println();
    out.println("Logs: " + setup.logs());
    out.println();
    out.println("Ratios: ingest events/s ÷ ProducerPerformance records/s");
    out.printf(Locale.ROOT, "  %-22s %.3f%n", batched.phase().name(), ratio(batched));
    out.printf(Locale.ROOT, "  %-22s %.3f%n", single.phase().name(), ratio(single));
    out.println(RATIO_LINE + String.format(Locale.ROOT, "%.2f", batchedRatio()));
    out.flush();
  }

  private static void phase(PrintStream out, PhaseResult result) {
    Phase phase = result.phase();
    Latency latency = result.latency();
    out.println();
    out.printf(
        Locale.ROOT,
        "Ingest API, %s: %d connections, %d s measured after %.0f s warm-up (%s)%n",
        phase.name(),
        phase.connections(),
        phase.duration().toSeconds(),
        result.warmupSeconds(),
        result.steady()
            ? String.format(
                Locale.ROOT, "rate steady within %.0f %%", phase.warmup().tolerance() * 100)
            : "NOT steady: the warm-up ran out of time");
    out.printf(
        Locale.ROOT,
        "  throughput   %,10.0f events/s   %,.0f requests/s   %.2f MB/s of request bodies (%.0f bytes per event)%n",
        result.eventsPerSecond(),
        result.requestsPerSecond(),
        result.bodyMegabytesPerSecond(),
        result.bodyBytesPerEvent());
    out.printf(
        Locale.ROOT,
        "  latency      per request: mean %.2f, p50 %.2f, p95 %.2f, p99 %.2f, p99.9 %.2f, max %.2f ms%n",
        latency.meanMs(),
        latency.p50Ms(),
        latency.p95Ms(),
        latency.p99Ms(),
        latency.p999Ms(),
        latency.maxMs());
    out.printf(
        Locale.ROOT,
        "  answers      %s%n",
        result.failures() == 0
            ? String.format(
                Locale.ROOT,
                "all %,d requests 202 with every event accepted",
                result.sentRequests())
            : String.format(
                Locale.ROOT,
                "%,d of %,d requests FAILED",
                result.failures(),
                result.sentRequests()));
    out.println("  CPU          " + cpu(result.cpu()));
  }

  /**
   * Busiest first: "ingest 1.02, kafka 0.61, load generator 0.20 cores; machine 1.97 of 2 busy".
   */
  static String cpu(CpuMeter.Usage usage) {
    String processes =
        usage.coresByProcess().entrySet().stream()
            .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
            .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue()))
            .collect(Collectors.joining(", "));
    return processes
        + usage
            .otherCores()
            .map(other -> String.format(Locale.ROOT, ", other %.2f", other))
            .orElse("")
        + " cores"
        + usage
            .machineCores()
            .map(
                busy ->
                    String.format(
                        Locale.ROOT,
                        "; machine %.2f of %d busy",
                        busy,
                        Runtime.getRuntime().availableProcessors()))
            .orElse("");
  }
}
