package vn.dxmonitor.bench.infra;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the platform's services as the benchmarks run them: each a JVM of its own on one broker
 * and one Elasticsearch node, with the benchmark's index prefix, logging into the run's directory.
 */
public final class PlatformServices {

  public static final String INDEX_PREFIX = "bench-";
  private static final long UNLIMITED = 1_000_000_000L;

  private final Path dir;
  private final String bootstrapServers;
  private final URI elasticsearch;

  public PlatformServices(Path dir, String bootstrapServers, URI elasticsearch) {
    this.dir = dir;
    this.bootstrapServers = bootstrapServers;
    this.elasticsearch = elasticsearch;
  }

  /** A running dashboard, its address and its administrator key. */
  public record Dashboard(ServiceProcess process, URI uri, BenchApiKey key)
      implements AutoCloseable {

    @Override
    public void close() {
      process.close();
    }
  }

  /** The running platform (every service in one JVM), its address and its administrator key. */
  public record Platform(ServiceProcess process, URI uri, BenchApiKey key)
      implements AutoCloseable {

    @Override
    public void close() {
      process.close();
    }
  }

  /**
   * The platform as {@code ./dx up} starts it: its jar ({@link ServiceJar#platform()}), the heap
   * {@code ./dx up} gives it ({@link LocalRun}), the processor with its indexers, alerting, the
   * dashboard and the ingest API on one port, events up to 31 days late counted — returned once its
   * health is UP. Unlike {@code ./dx up} each key's rate limit is lifted, as in the ingest
   * benchmark: the run measures what the platform carries, not a key's allowance (the limiter still
   * runs on every request).
   */
  public Platform platform(String name, LocalRun heaps) throws Exception {
    int port = FreePorts.take(1).get(0);
    BenchApiKey key = new BenchApiKey();
    Path own = Files.createDirectories(dir.resolve(name));
    List<String> arguments = new ArrayList<>(common(name));
    arguments.add("--server.port=" + port);
    arguments.add("--server.address=127.0.0.1");
    arguments.addAll(key.ingestArguments(own));
    arguments.add("--dx.processor.state-dir=" + own.resolve("streams"));
    arguments.add("--dx.alerting.state-dir=" + own.resolve("alerting"));
    arguments.add("--dx.catalog.revision-windows.live=31d");
    arguments.add("--dx.ingest.rate.events-per-second=" + UNLIMITED);
    arguments.add("--dx.ingest.rate.burst=" + UNLIMITED);
    arguments.add("--dx.ingest.ledger-max-ids=" + heaps.ledgerMaxIds());
    ServiceProcess process =
        ServiceProcess.start(
            name,
            new JavaCommand(
                ServiceJar.platform(),
                List.of("-Xms" + heaps.platformInitial(), "-Xmx" + heaps.platformMax()),
                ServiceJar.LAUNCHER,
                arguments),
            dir.resolve(name + ".log"));
    URI uri = healthy(process, port);
    return new Platform(process, uri, key);
  }

  /**
   * @param indexing whether the processor also runs its Elasticsearch indexers
   */
  public ServiceProcess processor(
      String application, String guarantee, boolean indexing, String indexerGroup)
      throws IOException {
    return processor(application, guarantee, indexing, indexerGroup, List.of());
  }

  /**
   * @param indexing whether the processor also runs its Elasticsearch indexers
   * @param jvmOptions options beyond the heap (a profiler, a collector), in front of the jar's
   */
  public ServiceProcess processor(
      String application,
      String guarantee,
      boolean indexing,
      String indexerGroup,
      List<String> jvmOptions)
      throws IOException {
    List<String> arguments = new ArrayList<>(common(application));
    arguments.add("--spring.kafka.streams.application-id=" + application);
    arguments.add("--spring.kafka.streams.properties.processing.guarantee=" + guarantee);
    arguments.add("--dx.processor.state-dir=" + dir.resolve("streams-" + application));
    arguments.add("--dx.processor.indexer-group=" + indexerGroup);
    arguments.add("--dx.processor.indexing=" + indexing);
    List<String> jvm = new ArrayList<>(List.of("-Xms1g", "-Xmx1g"));
    if (jvmOptions.stream().noneMatch(JavaCommand::choosesCollector)) {
      jvm.add("-XX:+UseG1GC");
    }
    jvm.addAll(jvmOptions);
    return ServiceProcess.start(
        "processor",
        new JavaCommand(ServiceJar.of("processor"), jvm, ServiceJar.LAUNCHER, arguments),
        dir.resolve(application + ".log"));
  }

  /** A dashboard with an administrator key of the benchmark's, once it answers its health. */
  public Dashboard dashboard(String name, String heap) throws Exception {
    int port = FreePorts.take(1).get(0);
    BenchApiKey key = new BenchApiKey();
    List<String> arguments = new ArrayList<>(common(name));
    arguments.add("--server.port=" + port);
    arguments.add("--server.address=127.0.0.1");
    arguments.addAll(key.ingestArguments(Files.createDirectories(dir.resolve(name))));
    ServiceProcess process =
        ServiceProcess.start(
            "dashboard",
            ServiceJar.of("dashboard"),
            ServiceJar.LAUNCHER,
            heap,
            arguments,
            dir.resolve(name + ".log"));
    URI uri = healthy(process, port);
    return new Dashboard(process, uri, key);
  }

  /** The service's address once it is healthy; a service that never gets there is stopped. */
  private static URI healthy(ServiceProcess process, int port) throws InterruptedException {
    URI uri = URI.create("http://127.0.0.1:" + port);
    try {
      process.awaitHealthy(uri);
    } catch (InterruptedException | RuntimeException e) {
      process.close();
      throw e;
    }
    return uri;
  }

  private List<String> common(String name) {
    return List.of(
        "--spring.kafka.bootstrap-servers=" + bootstrapServers,
        "--dx.elasticsearch.uris=" + elasticsearch,
        "--dx.elasticsearch.index-prefix=" + INDEX_PREFIX,
        "--spring.application.name=" + name);
  }
}
