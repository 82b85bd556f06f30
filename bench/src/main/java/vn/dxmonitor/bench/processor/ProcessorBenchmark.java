package vn.dxmonitor.bench.processor;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.dxmonitor.bench.infra.BenchApiKey;
import vn.dxmonitor.bench.infra.BenchArguments;
import vn.dxmonitor.bench.infra.Benchmark;
import vn.dxmonitor.bench.infra.BenchmarkFailedException;
import vn.dxmonitor.bench.infra.FreePorts;
import vn.dxmonitor.bench.infra.KafkaBroker;
import vn.dxmonitor.bench.infra.PlatformServices;
import vn.dxmonitor.bench.infra.ServiceProcess;
import vn.dxmonitor.bench.infra.TopicAdmin;
import vn.dxmonitor.bench.ingest.IngestUnderTest;
import vn.dxmonitor.testsupport.elasticsearch.ElasticsearchDistribution;
import vn.dxmonitor.testsupport.elasticsearch.ElasticsearchNode;

/**
 * {@code ./dx bench processor}: how fast the processor turns events into values, as a ratio to how
 * fast Kafka's own {@code ConsumerPerformance} reads the same events from the same broker.
 *
 * <p>One run: a fresh broker and Elasticsearch node; the national unit lists imported through the
 * admin API; a backlog of events over every commune of the country on ten indicators; the baseline
 * reads it; the processor reads it with exactly-once, then a second one (another application id)
 * with at-least-once; then, with ingest, processor and dashboard running, a background load at half
 * the exactly-once rate and probes timed from the ingest API's {@code 202} to the value in {@code
 * /api/v1/status}. Every service is a JVM of its own.
 */
public final class ProcessorBenchmark extends Benchmark {

  static final String METRIC_EVENTS = "dx.metric-events";
  static final String INDEX_PREFIX = PlatformServices.INDEX_PREFIX;
  private static final String INDEXER_GROUP = "bench-indexer";

  private final Options options;
  private final Deque<AutoCloseable> running = new ArrayDeque<>();
  private KafkaBroker broker;
  private URI elasticsearch;
  private PlatformServices services;
  // The running dashboard's address and administrator key: it is started twice, for the import
  // and for the latency phase.
  private URI dashboardUri;
  private BenchApiKey dashboardKey;

  /** The report is this command's output: read by a person, its last line by scripts. */
  ProcessorBenchmark(Options options) throws IOException {
    super(options.workDir());
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args, System.getenv());
    if (options.help()) {
      Benchmark.printUsage(Options.USAGE);
    } else {
      Benchmark.runToTheEnd(new ProcessorBenchmark(options));
    }
  }

  @Override
  public void run() throws Exception {
    NationalUnits units = NationalUnits.read(options.unitsDir());
    try {
      broker = KafkaBroker.start(dir, classpath, 3);
      running.push(broker);
      out.println("Kafka broker at " + broker.bootstrapServers());
      ElasticsearchNode node =
          ElasticsearchNode.start(
              ElasticsearchDistribution.home(options.distCache()),
              dir.resolve("elasticsearch"),
              FreePorts.take(1).get(0),
              "512m",
              false);
      running.push(node);
      elasticsearch = node.uri();
      out.println("Elasticsearch at " + elasticsearch);
      services = new PlatformServices(dir, broker.bootstrapServers(), elasticsearch);

      importUnits(units);
      int partitions;
      try (TopicAdmin admin = new TopicAdmin(broker.bootstrapServers())) {
        partitions = admin.partitions(METRIC_EVENTS);
      }
      out.printf(
          Locale.ROOT,
          "Writing %,d events: %,d communes × %d indicators, to %s (%d partitions) ...%n",
          options.events(),
          units.communes().size(),
          EventBacklog.INDICATORS.size(),
          METRIC_EVENTS,
          partitions);
      EventBacklog.write(broker.bootstrapServers(), METRIC_EVENTS, units, options.events(), out);

      out.println("Kafka ConsumerPerformance on " + METRIC_EVENTS + " (read_committed) ...");
      ConsumerPerformanceRun.Result baseline =
          ConsumerPerformanceRun.run(
              classpath,
              broker.bootstrapServers(),
              METRIC_EVENTS,
              options.events(),
              dir.resolve("consumer-performance.log"));
      out.printf(
          Locale.ROOT,
          "  %,d records, %.1f MB, %,.0f records/s%n",
          baseline.records(),
          baseline.megabytes(),
          baseline.recordsPerSecond());

      Drain.Result exactlyOnce;
      Drain.Result atLeastOnce;
      Drain.Result floor;
      try (GroupProgress progress = new GroupProgress(broker.bootstrapServers())) {
        exactlyOnce = drain(progress, "bench-eos", "exactly_once_v2", "exactly-once");
        atLeastOnce = drain(progress, "bench-alo", "at_least_once", "at-least-once");
        floor = floor(progress);

        // The backlog's values are not part of the latency: the indexers start after them.
        progress.skipToEnd(INDEXER_GROUP, "dx.indicator-values");
        progress.skipToEnd(INDEXER_GROUP + "-history", "dx.indicator-history");
      }

      StatusLatency.Result latency = latency(exactlyOnce.eventsPerSecond() / 2);
      stopAll();
      report(units, partitions, baseline, exactlyOnce, atLeastOnce, floor, latency);
    } finally {
      stopAll();
    }
  }

  private void importUnits(NationalUnits units) throws Exception {
    out.print("Importing the national unit lists through the dashboard's admin API ... ");
    out.flush();
    try (ServiceProcess dashboard = startDashboard("dashboard-import")) {
      UnitImport.run(dashboardUri, dashboardKey.administratorKey(), units);
    }
    out.println("done");
  }

  private ServiceProcess startDashboard(String name) throws Exception {
    PlatformServices.Dashboard dashboard = services.dashboard(name, "512m");
    dashboardUri = dashboard.uri();
    dashboardKey = dashboard.key();
    return dashboard.process();
  }

  private Drain.Result drain(
      GroupProgress progress, String application, String guarantee, String label) throws Exception {
    out.println("The processor, " + label + " (" + guarantee + "), reading the backlog ...");
    try (ServiceProcess processor =
        startProcessor(application, guarantee, false, options.profile())) {
      Drain.Result result =
          Drain.watch(
              progress,
              application,
              METRIC_EVENTS,
              application + "-contributions-repartition",
              options.events(),
              processor,
              label,
              out);
      return reported(result);
    }
  }

  private Drain.Result floor(GroupProgress progress) throws Exception {
    out.println(
        "Kafka Streams floor: exactly-once, each event remembered as seen and repartitioned ...");
    String application = "bench-floor";
    List<String> arguments =
        List.of(
            broker.bootstrapServers(),
            application,
            dir.resolve("streams-" + application).toString(),
            "exactly_once_v2");
    try (ServiceProcess floor =
        ServiceProcess.start(
            "floor",
            classpath,
            StreamsFloor.class.getName(),
            "1g",
            arguments,
            dir.resolve(application + ".log"))) {
      Drain.Result result =
          Drain.watch(
              progress,
              application,
              METRIC_EVENTS,
              application + "-" + StreamsFloor.REPARTITION + "-repartition",
              options.events(),
              floor,
              "floor",
              out);
      return reported(result);
    }
  }

  private Drain.Result reported(Drain.Result result) {
    out.printf(
        Locale.ROOT,
        "  %,d events in %.1f s: %,.0f events/s (the second half %,.0f events/s)%n",
        result.events(),
        result.seconds(),
        result.eventsPerSecond(),
        result.secondHalfPerSecond());
    return result;
  }

  /**
   * @param profiled whether Java Flight Recorder records it, into {@code <application>.jfr}
   */
  private ServiceProcess startProcessor(
      String application, String guarantee, boolean indexing, boolean profiled) throws IOException {
    List<String> jvm = new ArrayList<>(options.processorJvm());
    if (profiled) {
      // Deep stacks: a Kafka Streams record passes through many nodes before the aggregate.
      jvm.add("-XX:FlightRecorderOptions=stackdepth=256");
      jvm.add(
          "-XX:StartFlightRecording=settings=profile,filename="
              + dir.resolve(application + ".jfr").toAbsolutePath());
    }
    return services.processor(application, guarantee, indexing, INDEXER_GROUP, jvm);
  }

  private StatusLatency.Result latency(double rate) throws Exception {
    out.printf(
        Locale.ROOT,
        "End-to-end: ingest, processor (exactly-once) and dashboard, background load %,.0f"
            + " events/s (half the exactly-once rate) ...%n",
        rate);
    ServiceProcess processor = startProcessor("bench-eos", "exactly_once_v2", true, false);
    running.push(processor);
    ServiceProcess dashboard = startDashboard("dashboard");
    running.push(dashboard);
    IngestUnderTest ingest =
        IngestUnderTest.start(
            broker.bootstrapServers(),
            Files.createDirectories(dir.resolve("ingest")),
            false,
            List.of());
    running.push(ingest);
    StatusLatency latency = new StatusLatency(ingest.base(), ingest.apiKey(), dashboardUri, out);
    awaitProcessorRunning(latency);
    return latency.run(rate, options.latencyDuration());
  }

  /**
   * The restarted processor answers once a probe-free status read works and it has its partitions.
   */
  private static void awaitProcessorRunning(StatusLatency latency) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (true) {
      try {
        latency.denominator();
        Thread.sleep(5_000); // the processor's group settles
        return;
      } catch (BenchmarkFailedException notYet) {
        if (System.nanoTime() > deadline) {
          throw notYet;
        }
        Thread.sleep(1_000);
      }
    }
  }

  private void report(
      NationalUnits units,
      int partitions,
      ConsumerPerformanceRun.Result baseline,
      Drain.Result exactlyOnce,
      Drain.Result atLeastOnce,
      Drain.Result floor,
      StatusLatency.Result latency) {
    Map<String, String> rows = new java.util.LinkedHashMap<>();
    rows.put(
        "machine",
        Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());
    rows.put(
        "key space",
        String.format(
            Locale.ROOT,
            "%,d communes × %d indicators, rolled up to %s",
            units.communes().size(),
            EventBacklog.INDICATORS.size(),
            "34 provinces"));
    rows.put(
        "events", String.format(Locale.ROOT, "%,d on %d partitions", options.events(), partitions));
    rows.put(
        "ConsumerPerformance",
        String.format(Locale.ROOT, "%,.0f records/s", baseline.recordsPerSecond()));
    rows.put(
        "processor, exactly-once",
        String.format(
            Locale.ROOT,
            "%,.0f events/s, the second half %,.0f (largest rise of the lag between looks: %,d)",
            exactlyOnce.eventsPerSecond(),
            exactlyOnce.secondHalfPerSecond(),
            exactlyOnce.lagRise()));
    rows.put(
        "processor, at-least-once",
        String.format(
            Locale.ROOT,
            "%,.0f events/s, the second half %,.0f",
            atLeastOnce.eventsPerSecond(),
            atLeastOnce.secondHalfPerSecond()));
    rows.put(
        "exactly-once / at-least-once",
        String.format(
            Locale.ROOT, "%.2f", exactlyOnce.eventsPerSecond() / atLeastOnce.eventsPerSecond()));
    rows.put(
        "Kafka Streams floor",
        String.format(
            Locale.ROOT,
            "%,.0f events/s exactly-once, the second half %,.0f, each event remembered and"
                + " repartitioned (floor/consumer %.3f)",
            floor.eventsPerSecond(),
            floor.secondHalfPerSecond(),
            floor.eventsPerSecond() / baseline.recordsPerSecond()));
    rows.put(
        "202 → /api/v1/status",
        String.format(
            Locale.ROOT,
            "p50 %.0f ms, p99 %.0f ms, max %.0f ms over %d probes, background %,.0f events/s",
            latency.latency().p50Ms(),
            latency.latency().p99Ms(),
            latency.latency().maxMs(),
            latency.probes(),
            latency.backgroundEventsPerSecond()));
    out.println();
    out.println("Processor benchmark");
    rows.forEach((name, value) -> out.printf(Locale.ROOT, "  %-30s %s%n", name, value));
    out.printf(
        Locale.ROOT,
        "processor/consumer ratio: %.3f%n",
        exactlyOnce.eventsPerSecond() / baseline.recordsPerSecond());
    // The same once both JVMs have compiled their paths: where the gap is not the start.
    out.printf(
        Locale.ROOT,
        "processor/floor ratio, second half: %.3f%n",
        exactlyOnce.secondHalfPerSecond() / floor.secondHalfPerSecond());
    // Last, for scripts: the yardstick is the engine's own floor, measured in the same run, over
    // the whole backlog.
    out.printf(
        Locale.ROOT,
        "processor/floor ratio: %.3f%n",
        exactlyOnce.eventsPerSecond() / floor.eventsPerSecond());
  }

  @Override
  public void stopAll() {
    synchronized (running) {
      for (AutoCloseable child = running.poll(); child != null; child = running.poll()) {
        try {
          child.close();
        } catch (Exception e) {
          // stopping the rest matters more
        }
      }
    }
  }

  /**
   * The run's size and where things are.
   *
   * @param processorJvm JVM options for every processor the run starts, beside its heap: a
   *     collector or a compiler setting to weigh against the defaults
   * @param profile whether the two processors reading the backlog are recorded with Java Flight
   *     Recorder, into {@code bench-eos.jfr} and {@code bench-alo.jfr}
   */
  record Options(
      long events,
      Duration latencyDuration,
      Path workDir,
      Path unitsDir,
      Path distCache,
      List<String> processorJvm,
      boolean profile,
      boolean help) {

    static final String USAGE =
        """
        Usage: ./dx bench processor [options]
          --events N             events in the backlog (500000; DX_BENCH_EVENTS)
          --latency-duration S   seconds of end-to-end probes (60; DX_BENCH_LATENCY_DURATION)
          --work-dir DIR         broker and node data, logs (.dx/bench/processor)
          --units-dir DIR        the national unit lists (../shared/data/admin-units)
          --dist-cache DIR       where the Elasticsearch distribution is unpacked (.dx/dist)
          --processor-jvm OPTS   JVM options for the processors, space-separated, beside their
                                 1 GB heap and G1 (none; DX_BENCH_PROCESSOR_JVM)
          --profile              record the processors reading the backlog with Java Flight
                                 Recorder (bench-eos.jfr, bench-alo.jfr in the work dir)
        """;

    static Options parse(String[] args, Map<String, String> env) {
      BenchArguments.Given read =
          BenchArguments.read(
              args,
              List.of(
                  "events",
                  "latency-duration",
                  "work-dir",
                  "units-dir",
                  "dist-cache",
                  "processor-jvm"),
              List.of("profile"),
              USAGE);
      Map<String, String> given = read.options();
      boolean help = read.help();
      long events = BenchArguments.positive(given, env, "events", 500_000);
      long seconds = BenchArguments.positive(given, env, "latency-duration", 60);
      return new Options(
          events,
          Duration.ofSeconds(seconds),
          Path.of(given.getOrDefault("work-dir", ".dx/bench/processor")),
          Path.of(given.getOrDefault("units-dir", "../shared/data/admin-units")),
          Path.of(given.getOrDefault("dist-cache", ".dx/dist")).toAbsolutePath(),
          words(
              given.getOrDefault("processor-jvm", env.getOrDefault("DX_BENCH_PROCESSOR_JVM", ""))),
          read.flags().contains("profile"),
          help);
    }

    private static List<String> words(String options) {
      return options.isBlank() ? List.of() : List.of(options.trim().split("\\s+"));
    }
  }
}
