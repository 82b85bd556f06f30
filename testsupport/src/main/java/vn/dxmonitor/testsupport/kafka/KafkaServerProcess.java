package vn.dxmonitor.testsupport.kafka;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real KRaft broker in a process of its own, so a test can stop it — gracefully or with SIGKILL —
 * and start it again on the same port and data, as an outage would. It runs {@code kafka.Kafka}
 * from the test's own classpath, which holds the broker through {@code spring-kafka-test}.
 */
public final class KafkaServerProcess implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final Path dir;
  private final int port;
  private final Path config;
  private Process process;

  private KafkaServerProcess(Path dir, int port, int controllerPort) throws IOException {
    this.dir = dir;
    this.port = port;
    this.config = dir.resolve("server.properties");
    Files.writeString(
        config,
        String.join(
            "\n",
            "process.roles=broker,controller",
            "node.id=1",
            "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
            "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
            "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
            "controller.listener.names=CONTROLLER",
            "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
            "log.dirs=" + dir.resolve("data"),
            "num.partitions=3",
            "offsets.topic.replication.factor=1",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "share.coordinator.state.topic.replication.factor=1",
            "share.coordinator.state.topic.min.isr=1",
            "group.initial.rebalance.delay.ms=0",
            ""),
        StandardCharsets.UTF_8);
  }

  /** Formats fresh storage under {@code parent} and starts the broker. */
  public static KafkaServerProcess start(Path parent) {
    try {
      Path dir = Files.createDirectories(parent.resolve("kafka-" + UUID.randomUUID()));
      KafkaServerProcess broker = new KafkaServerProcess(dir, freePort(), freePort());
      broker.format();
      broker.startAgain();
      return broker;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare a Kafka broker", e);
    }
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  /** Starts the broker on its old port and data, and waits until it listens. */
  public void startAgain() {
    if (process != null && process.isAlive()) {
      return;
    }
    try {
      process =
          java("kafka.Kafka", config.toString())
              .redirectOutput(dir.resolve("server.log").toFile())
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the Kafka broker", e);
    }
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (!listening()) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "the Kafka broker did not start; see " + dir.resolve("server.log"));
      }
      sleep(200);
    }
  }

  /** Stops the broker: SIGTERM and a controlled shutdown, or SIGKILL when {@code kill}. */
  public void stop(boolean kill) {
    if (process == null) {
      return;
    }
    if (kill) {
      process.destroyForcibly();
    } else {
      process.destroy();
    }
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    while (listening()) {
      sleep(100);
    }
  }

  @Override
  public void close() {
    stop(true);
  }

  private void format() throws IOException {
    Process formatter =
        java(
                "kafka.tools.StorageTool",
                "format",
                "-t",
                UUID.randomUUID().toString().replace("-", "").substring(0, 22),
                "-c",
                config.toString(),
                "--standalone")
            .redirectOutput(dir.resolve("format.log").toFile())
            .start();
    try {
      if (!formatter.waitFor(60, TimeUnit.SECONDS) || formatter.exitValue() != 0) {
        throw new IllegalStateException(
            "formatting Kafka's storage failed; see " + dir.resolve("format.log"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted formatting Kafka's storage", e);
    }
  }

  private static ProcessBuilder java(String main, String... args) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                java, "-Xms128m", "-Xmx512m", "-cp", System.getProperty("java.class.path"), main));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true);
  }

  private boolean listening() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "Kafka broker at " + bootstrapServers() + " in " + dir + File.separator;
  }
}
