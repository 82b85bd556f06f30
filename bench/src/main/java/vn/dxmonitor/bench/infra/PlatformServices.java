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

  /**
   * @param indexing whether the processor also runs its Elasticsearch indexers
   */
  public ServiceProcess processor(
      String application, String guarantee, boolean indexing, String indexerGroup)
      throws IOException {
    List<String> arguments = new ArrayList<>(common(application));
    arguments.add("--spring.kafka.streams.application-id=" + application);
    arguments.add("--spring.kafka.streams.properties.processing.guarantee=" + guarantee);
    arguments.add("--dx.processor.state-dir=" + dir.resolve("streams-" + application));
    arguments.add("--dx.processor.indexer-group=" + indexerGroup);
    arguments.add("--dx.processor.indexing=" + indexing);
    return ServiceProcess.start(
        "processor",
        ServiceJar.of("processor"),
        ServiceJar.LAUNCHER,
        "1g",
        arguments,
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
    URI uri = URI.create("http://127.0.0.1:" + port);
    try {
      process.awaitHealthy(uri);
    } catch (InterruptedException | RuntimeException e) {
      process.close();
      throw e;
    }
    return new Dashboard(process, uri, key);
  }

  private List<String> common(String name) {
    return List.of(
        "--spring.kafka.bootstrap-servers=" + bootstrapServers,
        "--dx.elasticsearch.uris=" + elasticsearch,
        "--dx.elasticsearch.index-prefix=" + INDEX_PREFIX,
        "--spring.application.name=" + name);
  }
}
