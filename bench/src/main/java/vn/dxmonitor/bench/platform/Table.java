package vn.dxmonitor.bench.platform;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.dxmonitor.bench.infra.LocalRun;
import vn.dxmonitor.bench.ingest.IngestCeiling;

/**
 * The platform benchmark's report: a row per step, the sustained rate said plainly against its
 * target (and, when it falls short, what the failing step's CPU says about why), the memory of each
 * process at national scale, the chart's path, and last the ratio scripts read.
 */
final class Table {

  private static final List<String> PROCESSES =
      List.of("platform", "kafka", "elasticsearch", "load+probes");

  private final PrintStream out;
  private final PlatformBenchmark.Options options;
  private final int communes;
  private final int provinces;
  private final int indicators;
  private final LocalRun heaps;

  Table(
      PrintStream out,
      PlatformBenchmark.Options options,
      int communes,
      int provinces,
      int indicators,
      LocalRun heaps) {
    this.out = out;
    this.options = options;
    this.communes = communes;
    this.provinces = provinces;
    this.indicators = indicators;
    this.heaps = heaps;
  }

  /** One line on a step as it ends. */
  static String verdict(RateStep step) {
    return String.format(
        Locale.ROOT,
        "%,.0f events/s accepted, probes p50 %,.0f ms p99 %,.0f ms, lag %,d: %s",
        step.load().acceptedPerSecond(),
        step.probeLatency().p50Ms(),
        step.probeLatency().p99Ms(),
        step.processorLag(),
        step.sustained() ? "sustained" : "NOT sustained (" + why(step) + ")");
  }

  private static String why(RateStep step) {
    if (step.probeTimedOut()) {
      return "a probe took over 30 s";
    }
    if (step.load().failedRequests() > 0) {
      return step.load().failedRequests() + " requests refused or failed";
    }
    if (step.load().missedRequests() > 0) {
      return step.load().missedRequests() + " requests not sent: too many in flight";
    }
    if (step.probeLatency().p99Ms() > PlatformBenchmark.TARGET_P99_MS) {
      return "p99 over 1 s";
    }
    return "under 95 % of the offered events accepted";
  }

  void print(
      List<RateStep> steps,
      Map<String, ProcessMemory> memory,
      IngestCeiling.Result ceiling,
      Path chart) {
    out.println();
    out.println("Platform benchmark");
    out.printf(
        Locale.ROOT,
        "  machine     %d cores, Java %s%n",
        Runtime.getRuntime().availableProcessors(),
        Runtime.version());
    out.printf(
        Locale.ROOT,
        "  key space   %,d communes in %d provinces × %d indicators of the catalog%n",
        communes,
        provinces,
        indicators);
    out.printf(
        Locale.ROOT,
        "  load        open loop, batches of %d, steps of %d s; probes 202 → /api/v1/status%n",
        options.batch(),
        options.stepDuration().toSeconds());
    out.println();
    out.printf(
        Locale.ROOT,
        "  %8s %9s %6s %7s %7s %7s %7s %9s  %-27s %-22s %s%n",
        "offered",
        "accepted",
        "probes",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "max ms",
        "lag",
        "cores plat/kafka/es/load/all",
        "RSS MB plat/kafka/es",
        "");
    for (RateStep step : steps) {
      Map<String, Double> cores = step.cpu().coresByProcess();
      out.printf(
          Locale.ROOT,
          "  %,8.0f %,9.0f %6d %,7.0f %,7.0f %,7.0f %,7.0f %,9d  %-27s %-22s %s%n",
          step.offered(),
          step.load().acceptedPerSecond(),
          step.probeLatency().count(),
          step.probeLatency().p50Ms(),
          step.probeLatency().p95Ms(),
          step.probeLatency().p99Ms(),
          step.probeLatency().maxMs(),
          step.processorLag(),
          String.format(
              Locale.ROOT,
              "%.2f/%.2f/%.2f/%.2f/%.2f",
              cores.getOrDefault("platform", 0.0),
              cores.getOrDefault("kafka", 0.0),
              cores.getOrDefault("elasticsearch", 0.0),
              cores.getOrDefault("load+probes", 0.0),
              step.cpu().machineCores().orElse(0.0)),
          String.format(
              Locale.ROOT,
              "%.0f/%.0f/%.0f",
              step.memory().getOrDefault("platform", ProcessMemory.UNKNOWN).rssMb(),
              step.memory().getOrDefault("kafka", ProcessMemory.UNKNOWN).rssMb(),
              step.memory().getOrDefault("elasticsearch", ProcessMemory.UNKNOWN).rssMb()),
          step.sustained() ? "ok" : "NOT sustained");
    }
    out.println();
    Optional<RateStep> best =
        steps.stream()
            .filter(RateStep::sustained)
            .max(Comparator.comparingDouble(RateStep::offered));
    double sustained = best.map(RateStep::offered).orElse(0.0);
    if (best.isPresent()) {
      out.printf(
          Locale.ROOT,
          "Highest sustainable rate: %,.0f events/s (p99 %,.0f ms from 202 to /api/v1/status over"
              + " %d s, %,.0f events/s accepted)%n",
          sustained,
          best.get().probeLatency().p99Ms(),
          options.stepDuration().toSeconds(),
          best.get().load().acceptedPerSecond());
    } else {
      out.println("Highest sustainable rate: none of the steps held p99 ≤ 1 s");
    }
    if (sustained >= PlatformBenchmark.TARGET_RATE) {
      out.printf(Locale.ROOT, "  target ≥ %,.0f events/s: met%n", PlatformBenchmark.TARGET_RATE);
    } else {
      out.printf(
          Locale.ROOT,
          "  target ≥ %,.0f events/s: NOT met on this machine.%s%n",
          PlatformBenchmark.TARGET_RATE,
          steps.stream()
              .filter(step -> !step.sustained())
              .findFirst()
              .map(this::cause)
              .orElse(
                  " The steps stopped below the target: give --rates up to "
                      + String.format(Locale.ROOT, "%,.0f", PlatformBenchmark.TARGET_RATE)
                      + " or more."));
    }
    out.println();
    out.println("Resident memory at national scale (after the last step; peak in brackets):");
    double total = 0;
    for (String name : PROCESSES) {
      ProcessMemory process = memory.get(name);
      if (process != null) {
        out.printf(
            Locale.ROOT,
            "  %-14s %,7.0f MB  (%,.0f MB)%n",
            name,
            process.rssMb(),
            process.peakMb());
        total += process.rssMb();
      }
    }
    out.printf(
        Locale.ROOT,
        "  %-14s %,7.0f MB  target ≤ %,.0f MB: %s (heaps as ./dx up sets them, %s: platform %s,"
            + " Kafka %s, Elasticsearch %s)%n",
        "total",
        total,
        PlatformBenchmark.TARGET_TOTAL_RSS_MB,
        total <= PlatformBenchmark.TARGET_TOTAL_RSS_MB
            ? "met"
            : String.format(
                Locale.ROOT,
                "NOT met, %,.0f MB over",
                total - PlatformBenchmark.TARGET_TOTAL_RSS_MB),
        LocalRun.FILE,
        heaps.platformMax(),
        heaps.kafkaMax(),
        heaps.elasticsearch());
    out.println();
    out.printf(
        Locale.ROOT,
        "The ingest API's ceiling on the same platform: %,.0f events/s accepted closed loop"
            + " (p99 %,.0f ms per request, %d failures)%n",
        ceiling.eventsPerSecond(),
        ceiling.p99Ms(),
        ceiling.failures());
    out.println("Chart of the latency percentiles against the rate: " + chart);
    // Last, for scripts: the share of what the front door accepts that the platform carries to
    // the status API within a second, both measured on this platform in this run.
    out.printf(
        Locale.ROOT,
        "platform/ingest ratio: %.4f%n",
        ceiling.eventsPerSecond() <= 0 ? 0 : sustained / ceiling.eventsPerSecond());
  }

  /** Why the first failing step failed, in the words of its CPU and backlog. */
  private String cause(RateStep step) {
    Map<String, Double> cores = step.cpu().coresByProcess();
    int machine = Runtime.getRuntime().availableProcessors();
    double busy = step.cpu().machineCores().orElse(0.0);
    StringBuilder cause =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                " At %,.0f events/s (%s) the machine's %d cores were %.2f busy",
                step.offered(),
                why(step),
                machine,
                busy));
    cause.append(
        String.format(
            Locale.ROOT,
            " (platform %.2f, Elasticsearch %.2f, Kafka %.2f, load and probes %.2f, other"
                + " processes of the machine %.2f)",
            cores.getOrDefault("platform", 0.0),
            cores.getOrDefault("elasticsearch", 0.0),
            cores.getOrDefault("kafka", 0.0),
            cores.getOrDefault("load+probes", 0.0),
            step.cpu().otherCores().orElse(0.0)));
    cause.append(
        busy >= 0.9 * machine
            ? ": CPU-bound, every process of the platform shares the two cores"
            : ": not CPU-bound, so the time went to waiting (commit intervals, indexing, GC)");
    cause.append(
        String.format(
            Locale.ROOT,
            "; the processor ended the step %,d events behind, the indexer %,d values.",
            step.processorLag(),
            step.indexerLag()));
    return cause.toString();
  }
}
