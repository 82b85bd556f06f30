package vn.dxmonitor.alerting.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A real Alertmanager, Debian's {@code prometheus-alertmanager}, on a free local port with a
 * configuration that routes everything nowhere: the test reads what it holds through its API.
 */
public final class AlertmanagerProcess implements AutoCloseable {

  public static final Path BINARY = Path.of("/usr/bin/prometheus-alertmanager");

  private final Process process;
  private final URI uri;

  private AlertmanagerProcess(Process process, URI uri) {
    this.process = process;
    this.uri = uri;
  }

  /** Starts one, or skips the calling test, saying what to install, where the package is absent. */
  public static AlertmanagerProcess start(Path workDir) throws IOException, InterruptedException {
    assumeTrue(
        Files.isExecutable(BINARY),
        "Alertmanager is not installed: apt-get install prometheus-alertmanager (.ci/run does)");
    Files.createDirectories(workDir);
    Path config = workDir.resolve("alertmanager.yml");
    Files.writeString(
        config,
        """
        route:
          receiver: nowhere
        receivers:
          - name: nowhere
        """);
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Process process =
        new ProcessBuilder(
                BINARY.toString(),
                "--config.file=" + config,
                "--storage.path=" + workDir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port,
                "--cluster.listen-address=")
            .redirectErrorStream(true)
            .redirectOutput(workDir.resolve("alertmanager.log").toFile())
            .start();
    AlertmanagerProcess alertmanager =
        new AlertmanagerProcess(process, URI.create("http://127.0.0.1:" + port));
    alertmanager.awaitReady();
    return alertmanager;
  }

  public URI uri() {
    return uri;
  }

  /** {@code GET /api/v2/alerts}: the alerts it holds that have not ended, as JSON. */
  public String alerts() throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(uri.resolve("/api/v2/alerts")).GET().build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private void awaitReady() throws InterruptedException, IOException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    HttpClient http = HttpClient.newHttpClient();
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Alertmanager exited with " + process.exitValue());
      }
      try {
        if (http.send(
                    HttpRequest.newBuilder(uri.resolve("/-/ready")).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    close();
    throw new IOException("Alertmanager at " + uri + " not ready in 30 s");
  }

  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
