package vn.dxmonitor.bench.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.apache.kafka.common.utils.AppInfoParser;
import vn.dxmonitor.bench.infra.BenchmarkFailedException;
import vn.dxmonitor.bench.infra.CpuMeter;
import vn.dxmonitor.bench.infra.KafkaBroker;
import vn.dxmonitor.bench.infra.RunDirectory;
import vn.dxmonitor.bench.infra.TopicAdmin;

/**
 * {@code ./dx bench ingest}: how fast the ingest API stores events, as a ratio to how fast Kafka's
 * own {@code ProducerPerformance} writes records to the same broker on the same machine. Speed
 * targets are ratios to a baseline run side by side, never absolute numbers, so the result means
 * the same on any machine.
 *
 * <p>One run starts one fresh KRaft broker, then the real ingest application (which creates {@code
 * dx.metric-events}), then ProducerPerformance on a topic with the same partitions, then loads the
 * ingest API with batches and with single events. Every process is a JVM of its own; only the load
 * generator runs in this one.
 */
public final class IngestBenchmark {

  /** The events topic as the platform declares it (runtime's {@code Topics.METRIC_EVENTS}). */
  static final String METRIC_EVENTS = "dx.metric-events";

  static final String BASELINE_TOPIC = "bench.producer-performance";
  static final int RECORD_SIZE = 300;
  private static final int DEFAULT_PARTITIONS = 3;
  private static final String LOAD_GENERATOR = "load generator";
  private static final String PRODUCER_PERFORMANCE = "producer-performance";

  /** A rate that moved less than this over ten seconds is steady. */
  private static final double STEADY = 0.05;

  private final BenchOptions options;
  private final String classpath;
  private final PrintStream out;
  private final Deque<AutoCloseable> running = new ConcurrentLinkedDeque<>();

  IngestBenchmark(BenchOptions options, String classpath, PrintStream out) {
    this.options = options;
    this.classpath = classpath;
    this.out = out;
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    // The report is this command's output: read by a person, its last line by scripts.
    PrintStream out = System.out;
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "dx-bench-logback.xml");
    }
    BenchOptions options;
    try {
      options = BenchOptions.parse(List.of(args), System.getenv());
    } catch (IllegalArgumentException e) {
      throw new BenchmarkFailedException(e.getMessage());
    }
    if (options.help()) {
      out.print(BenchOptions.USAGE);
      return;
    }
    new IngestBenchmark(options, System.getProperty("java.class.path"), out).run();
  }

  void run() throws IOException, InterruptedException {
    Path dir = workDir();
    Thread stopOnSignal = new Thread(this::stopAll, "stop-children");
    Runtime.getRuntime().addShutdownHook(stopOnSignal);
    BenchmarkReport report;
    try (CpuMeter cpu = new CpuMeter()) {
      cpu.track(LOAD_GENERATOR, ProcessHandle.current());
      out.println("Work directory " + dir);
      KafkaBroker broker = startBroker(dir, cpu);
      IngestUnderTest ingest = startIngest(dir, broker, cpu);
      int partitions;
      try (TopicAdmin admin = new TopicAdmin(broker.bootstrapServers())) {
        partitions = admin.partitions(METRIC_EVENTS);
        admin.create(BASELINE_TOPIC, partitions);
      }
      Baseline baseline = runBaseline(dir, broker, partitions, cpu);
      LoadGenerator load = new LoadGenerator(ingest.base(), ingest.apiKey(), runId(), cpu, out);
      Warmup warmup = new Warmup(options.warmup(), options.maxWarmup(), STEADY);
      PhaseResult batched =
          load.run(
              new Phase(
                  "batches of " + options.batch(),
                  "b",
                  options.batch(),
                  options.connections(),
                  warmup,
                  options.duration()));
      requireAlive(ingest);
      PhaseResult single =
          load.run(
              new Phase(
                  "1 event per request",
                  "s",
                  1,
                  options.singleConnections(),
                  warmup,
                  options.duration()));
      requireAlive(ingest);
      out.println("Stopping the ingest API and the broker ...");
      stopAll();
      BenchmarkReport.Setup setup =
          new BenchmarkReport.Setup(
              Runtime.getRuntime().availableProcessors(),
              Runtime.version().toString(),
              AppInfoParser.getVersion(),
              partitions,
              RECORD_SIZE,
              options.ingestProperties(),
              dir);
      report = new BenchmarkReport(setup, baseline.summary(), baseline.cpu(), batched, single);
    } finally {
      stopAll();
      removeHook(stopOnSignal);
      if (!options.keepData()) {
        deleteTree(dir.resolve("kafka-data"));
      }
    }
    report.print(out);
    if (report.failures() > 0) {
      throw new BenchmarkFailedException(
          report.failures() + " ingest requests failed (see the report): the result is not valid");
    }
  }

  private KafkaBroker startBroker(Path dir, CpuMeter cpu) throws IOException, InterruptedException {
    long started = System.nanoTime();
    out.print("Starting a Kafka broker (KRaft) ... ");
    out.flush();
    KafkaBroker broker = KafkaBroker.start(dir, classpath, DEFAULT_PARTITIONS);
    running.push(broker);
    cpu.track("kafka", broker.handle());
    out.printf(Locale.ROOT, "ready at %s (%s)%n", broker.bootstrapServers(), since(started));
    return broker;
  }

  private IngestUnderTest startIngest(Path dir, KafkaBroker broker, CpuMeter cpu)
      throws IOException, InterruptedException {
    long started = System.nanoTime();
    out.print("Starting the ingest API ... ");
    out.flush();
    IngestUnderTest ingest =
        IngestUnderTest.start(
            broker.bootstrapServers(), dir, options.profile(), options.ingestProperties());
    running.push(ingest);
    cpu.track("ingest", ingest.handle());
    out.printf(Locale.ROOT, "healthy at %s (%s)%n", ingest.base(), since(started));
    return ingest;
  }

  /** ProducerPerformance's result and the CPU the machine spent during it. */
  private record Baseline(ProducerSummary summary, CpuMeter.Usage cpu) {}

  private Baseline runBaseline(Path dir, KafkaBroker broker, int partitions, CpuMeter cpu)
      throws IOException, InterruptedException {
    out.printf(
        Locale.ROOT,
        "Kafka ProducerPerformance: %,d records of %d bytes (%,d warm-up), acks=all, to %s"
            + " (%d partitions)%n",
        options.records(),
        RECORD_SIZE,
        options.warmupRecords(),
        BASELINE_TOPIC,
        partitions);
    CpuMeter.Snapshot before = cpu.snapshot();
    ProducerSummary summary =
        new ProducerPerformanceRun(classpath, dir.resolve("producer-performance.log"), out)
            .run(
                ProducerPerformanceRun.arguments(
                    broker.bootstrapServers(),
                    BASELINE_TOPIC,
                    RECORD_SIZE,
                    options.records(),
                    options.warmupRecords()),
                tool -> {
                  running.push(tool);
                  cpu.track(PRODUCER_PERFORMANCE, tool.handle());
                });
    CpuMeter.Usage usage = CpuMeter.between(before, cpu.snapshot());
    cpu.untrack(PRODUCER_PERFORMANCE);
    return new Baseline(summary, usage);
  }

  private Path workDir() throws IOException {
    if (options.workDir().isEmpty()) {
      return Files.createTempDirectory("dx-bench-ingest-");
    }
    return RunDirectory.create(options.workDir().get());
  }

  private static void requireAlive(IngestUnderTest ingest) {
    if (!ingest.isAlive()) {
      throw new BenchmarkFailedException("the ingest application died; see " + ingest.log());
    }
  }

  /** Stops what this run started, newest first; safe to call again and from a shutdown hook. */
  private void stopAll() {
    for (AutoCloseable child = running.poll(); child != null; child = running.poll()) {
      try {
        child.close();
      } catch (Exception e) {
        // stopping the rest matters more
      }
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs anyway
    }
  }

  private static String runId() {
    byte[] bytes = new byte[3];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static String since(long started) {
    return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - started) / 1e9);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path directory, IOException e)
              throws IOException {
            Files.delete(directory);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
