package vn.dxmonitor.bench.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One of the platform's Spring Boot applications in a JVM of its own, started as an operator would
 * start it: its main class on the benchmark's classpath, with {@code --name=value} settings.
 */
public final class ServiceProcess implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

  private final String name;
  private final ChildProcess process;

  private ServiceProcess(String name, ChildProcess process) {
    this.name = name;
    this.process = process;
  }

  /**
   * @param name what the reports call it
   * @param heap the JVM's heap, such as {@code 1g}
   */
  public static ServiceProcess start(
      String name,
      String classpath,
      String mainClass,
      String heap,
      List<String> arguments,
      Path log)
      throws IOException {
    return start(
        name,
        new JavaCommand(
            classpath, List.of("-Xms" + heap, "-Xmx" + heap, "-XX:+UseG1GC"), mainClass, arguments),
        log);
  }

  /** A service with JVM options of the caller's choosing (a profiler, say). */
  public static ServiceProcess start(String name, JavaCommand command, Path log)
      throws IOException {
    return new ServiceProcess(name, ChildProcess.start(command, log));
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Returns once {@code base/actuator/health} says UP. */
  public void awaitHealthy(URI base) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health =
        HttpRequest.newBuilder(base.resolve("/actuator/health"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      requireAlive();
      try {
        HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new BenchmarkFailedException(
        "the "
            + name
            + " was not healthy within "
            + START_TIMEOUT.toSeconds()
            + " s; see "
            + log());
  }

  /** Fails the benchmark with the end of the log if the process has exited. */
  public void requireAlive() {
    if (!process.isAlive()) {
      throw new BenchmarkFailedException(
          "the " + name + " exited; see " + log() + ":\n" + process.logTail(30));
    }
  }

  public ProcessHandle handle() {
    return process.handle();
  }

  public Path log() {
    return process.log();
  }

  @Override
  public void close() {
    process.close();
  }
}
