package vn.dxmonitor.testsupport.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Elasticsearch started from the integ-test distribution, with its own config,
 * data and logs under {@code nodeDir}. Elasticsearch refuses to run as root, so when the JVM is
 * root the node runs as the unprivileged system user {@value #SYSTEM_USER}, created if missing.
 * This distribution answers 405 to {@code GET /}, so readiness is {@code GET /_cluster/health}.
 */
public final class ElasticsearchNode implements AutoCloseable {

  public static final String SYSTEM_USER = "dxes";
  private static final Logger log = LoggerFactory.getLogger(ElasticsearchNode.class);
  private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);

  private final URI uri;
  private final Process process;
  private final Path nodeDir;

  private ElasticsearchNode(URI uri, Process process, Path nodeDir) {
    this.uri = uri;
    this.process = process;
    this.nodeDir = nodeDir;
  }

  /**
   * Starts a node and waits until it answers.
   *
   * @param daemon when true the node is detached (its pid goes to {@code
   *     nodeDir/elasticsearch.pid}) and outlives this JVM; otherwise {@link #close()} stops it
   */
  public static ElasticsearchNode start(
      Path distribution, Path nodeDir, int httpPort, String heap, boolean daemon) {
    try {
      Path config = prepare(distribution, nodeDir, httpPort);
      List<String> command = new ArrayList<>();
      if (isRoot()) {
        ensureSystemUser();
        chown(nodeDir);
        command.addAll(List.of("runuser", "-u", SYSTEM_USER, "--"));
      }
      command.addAll(
          List.of(
              "env",
              "ES_JAVA_HOME=" + System.getProperty("java.home"),
              "ES_PATH_CONF=" + config,
              "ES_TMPDIR=" + nodeDir.resolve("tmp"),
              "ES_JAVA_OPTS=-Xms" + heap + " -Xmx" + heap,
              distribution.resolve("bin/elasticsearch").toString()));
      if (daemon) {
        command.addAll(List.of("-d", "-p", nodeDir.resolve("elasticsearch.pid").toString()));
      }
      Path console = nodeDir.resolve("logs/console.log");
      Process process =
          new ProcessBuilder(command)
              .directory(distribution.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()))
              .start();
      URI uri = URI.create("http://127.0.0.1:" + httpPort);
      ElasticsearchNode node = new ElasticsearchNode(uri, process, nodeDir);
      node.awaitHealthy(daemon);
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start Elasticsearch in " + nodeDir, e);
    }
  }

  public URI uri() {
    return uri;
  }

  /** A free HTTP port whose transport port (the HTTP port + 100) is free too. */
  public static int freePort() throws IOException {
    for (int attempt = 0; attempt < 20; attempt++) {
      int port;
      try (ServerSocket socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      if (port + 100 < 65536 && isFree(port + 100)) {
        return port;
      }
    }
    throw new IOException("no free port pair for Elasticsearch");
  }

  private static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port)) {
      return socket.getLocalPort() == port;
    } catch (IOException e) {
      return false;
    }
  }

  /** Stops the node and every process it started. */
  @Override
  public void close() {
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    tree.add(process.toHandle());
    tree.forEach(ProcessHandle::destroy);
    for (ProcessHandle handle : tree) {
      try {
        handle.onExit().get(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        handle.destroyForcibly();
      }
    }
  }

  private void awaitHealthy(boolean daemon) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health =
        HttpRequest.newBuilder(uri.resolve("/_cluster/health?wait_for_status=yellow&timeout=5s"))
            .timeout(Duration.ofSeconds(10))
            .build();
    long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!daemon && !process.isAlive()) {
        throw new IllegalStateException(
            "Elasticsearch exited with "
                + process.exitValue()
                + " before answering:\n"
                + logTail());
      }
      try {
        HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          log.info("Elasticsearch answers at {}", uri);
          return;
        }
      } catch (IOException e) {
        log.trace("Elasticsearch not answering yet: {}", e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for Elasticsearch", e);
      }
      sleep();
    }
    close();
    throw new IllegalStateException(
        "Elasticsearch did not answer at "
            + uri
            + " within "
            + STARTUP_TIMEOUT
            + ":\n"
            + logTail());
  }

  private String logTail() {
    Path console = nodeDir.resolve("logs/console.log");
    try {
      List<String> lines = Files.readAllLines(console, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log at " + console + ")";
    }
  }

  private static Path prepare(Path distribution, Path nodeDir, int httpPort) throws IOException {
    Path config = nodeDir.resolve("config");
    for (String dir : List.of("config", "data", "logs", "tmp")) {
      Files.createDirectories(nodeDir.resolve(dir));
    }
    try (Stream<Path> files = Files.walk(distribution.resolve("config"))) {
      for (Path source : files.toList()) {
        Path target = config.resolve(distribution.resolve("config").relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else if (!Files.exists(target)) {
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    String yaml =
        String.join(
            "\n",
            "cluster.name: dx-monitor",
            "node.name: dx-node",
            "discovery.type: single-node",
            "network.host: 127.0.0.1",
            "http.port: " + httpPort,
            "transport.port: " + (httpPort + 100),
            "path.data: " + nodeDir.resolve("data"),
            "path.logs: " + nodeDir.resolve("logs"),
            "xpack.security.enabled: false",
            "cluster.routing.allocation.disk.threshold_enabled: false",
            "action.destructive_requires_name: false",
            "");
    Files.writeString(config.resolve("elasticsearch.yml"), yaml, StandardCharsets.UTF_8);
    // The node's user must be able to reach its directory: temporary directories are created
    // private, so open those between the temp root (never the root itself) and the node.
    Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
    for (Path dir = nodeDir.toAbsolutePath();
        dir.startsWith(tmp) && !dir.equals(tmp);
        dir = dir.getParent()) {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return config;
  }

  static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static void ensureSystemUser() throws IOException {
    if (run("id", "-u", SYSTEM_USER) == 0) {
      return;
    }
    int exit =
        run("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SYSTEM_USER);
    if (exit != 0 && run("id", "-u", SYSTEM_USER) != 0) {
      throw new IOException(
          "cannot create system user " + SYSTEM_USER + " (useradd exit " + exit + ")");
    }
  }

  private static void chown(Path dir) throws IOException {
    int exit = run("chown", "-R", SYSTEM_USER + ":", dir.toString());
    if (exit != 0) {
      throw new IOException("chown of " + dir + " to " + SYSTEM_USER + " failed with " + exit);
    }
  }

  private static int run(String... command) throws IOException {
    try {
      return new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start()
          .waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted running " + command[0], e);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Elasticsearch", e);
    }
  }
}
