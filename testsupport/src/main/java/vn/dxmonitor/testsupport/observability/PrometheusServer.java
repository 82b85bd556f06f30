package vn.dxmonitor.testsupport.observability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A real Prometheus server (Debian's package) started on a scrape configuration of the repository,
 * with the scrape targets pointed at the ports a test's services listen on.
 */
public final class PrometheusServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final URI base;
  private final HttpClient http = HttpClient.newHttpClient();

  private PrometheusServer(Process process, URI base) {
    this.process = process;
    this.base = base;
  }

  /**
   * @param configuration the repository's Prometheus configuration, e.g. {@code
   *     docker/prometheus/local.yml}
   * @param targets every scrape target's new address, e.g. {@code 127.0.0.1:8080 ->
   *     127.0.0.1:43127}
   * @param scrapeInterval how often to scrape, shorter than the file's so a test need not wait
   */
  public static PrometheusServer start(
      Path configuration, Map<String, String> targets, Duration scrapeInterval, Path workDir)
      throws IOException, InterruptedException {
    Files.createDirectories(workDir);
    Path config = workDir.resolve("prometheus.yml");
    Files.writeString(config, retargeted(configuration, targets, scrapeInterval));
    int port = freePort();
    List<String> command =
        List.of(
            PrometheusTools.PROMETHEUS.toString(),
            "--config.file=" + config,
            "--storage.tsdb.path=" + workDir.resolve("data"),
            "--web.listen-address=127.0.0.1:" + port);
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(workDir.resolve("prometheus.log").toFile())
            .start();
    PrometheusServer server = new PrometheusServer(process, URI.create("http://127.0.0.1:" + port));
    server.awaitReady(workDir.resolve("prometheus.log"));
    return server;
  }

  @SuppressWarnings("unchecked")
  private static String retargeted(
      Path configuration, Map<String, String> targets, Duration scrapeInterval) throws IOException {
    Map<String, Object> config = new Yaml().load(Files.readString(configuration));
    ((Map<String, Object>) config.get("global"))
        .put("scrape_interval", scrapeInterval.toSeconds() + "s");
    // Rule files are relative to the configuration's directory, which the copy is not in.
    List<String> rules = new ArrayList<>();
    for (Object rule : (List<Object>) config.getOrDefault("rule_files", List.of())) {
      rules.add(configuration.getParent().resolve(rule.toString()).toAbsolutePath().toString());
    }
    config.put("rule_files", rules);
    for (Object job : (List<Object>) config.get("scrape_configs")) {
      for (Object group : (List<Object>) ((Map<String, Object>) job).get("static_configs")) {
        Map<String, Object> staticConfig = (Map<String, Object>) group;
        List<String> moved = new ArrayList<>();
        for (Object target : (List<Object>) staticConfig.get("targets")) {
          moved.add(targets.getOrDefault(target.toString(), target.toString()));
        }
        staticConfig.put("targets", moved);
      }
    }
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    return new Yaml(options).dump(config);
  }

  private void awaitReady(Path log) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Prometheus exited: " + Files.readString(log));
      }
      try {
        if (get("/-/ready").statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("Prometheus not ready within 60 s: " + Files.readString(log));
  }

  /** How many series of the metric Prometheus holds. */
  public int seriesCount(String metric) throws IOException, InterruptedException {
    JsonNode answer =
        JSON.readTree(
            get("/api/v1/series?match[]=" + URLEncoder.encode(metric, StandardCharsets.UTF_8))
                .body());
    return answer.path("data").size();
  }

  /** The health of each scrape target, as {@code job -> up|down|unknown}. */
  public Map<String, String> targetHealth() throws IOException, InterruptedException {
    JsonNode answer = JSON.readTree(get("/api/v1/targets").body());
    Map<String, String> health = new TreeMap<>();
    for (JsonNode target : answer.path("data").path("activeTargets")) {
      health.put(target.path("labels").path("job").asText(), target.path("health").asText());
    }
    return health;
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
