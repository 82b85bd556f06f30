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

  private final List<String> formatOptions;

  private KafkaServerProcess(Path dir, int port, int controllerPort, Scram scram)
      throws IOException {
    this.dir = dir;
    this.port = port;
    this.config = dir.resolve("server.properties");
    String listener = scram == null ? "PLAINTEXT" : "SASL_PLAINTEXT";
    List<String> security = new java.util.ArrayList<>();
    if (scram != null) {
      security.addAll(
          List.of(
              "inter.broker.listener.name=SASL_PLAINTEXT",
              "sasl.enabled.mechanisms=SCRAM-SHA-512",
              "sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512",
              "listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=" + scram.jaasConfig()));
    }
    this.formatOptions =
        scram == null
            ? List.of()
            : List.of(
                "--add-scram",
                "SCRAM-SHA-512=[name=" + scram.user() + ",password=" + scram.password() + "]");
    Files.writeString(
        config,
        String.join(
            "\n",
            "process.roles=broker,controller",
            "node.id=1",
            "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
            "listeners="
                + listener
                + "://127.0.0.1:"
                + port
                + ",CONTROLLER://127.0.0.1:"
                + controllerPort,
            "advertised.listeners=" + listener + "://127.0.0.1:" + port,
            "controller.listener.names=CONTROLLER",
            "listener.security.protocol.map=CONTROLLER:PLAINTEXT," + listener + ":" + listener,
            String.join("\n", security),
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

  /** A user of a broker that admits only SCRAM-SHA-512 over SASL, as a hardened cluster does. */
  public record Scram(String user, String password) {

    /** The {@code sasl.jaas.config} a client of this user sets. */
    public String jaasConfig() {
      return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
          + user
          + "\" password=\""
          + password
          + "\";";
    }
  }

  /** Formats fresh storage under {@code parent} and starts the broker. */
  public static KafkaServerProcess start(Path parent) {
    return start(parent, null);
  }

  /**
   * Formats fresh storage under {@code parent} with {@code scram}'s user and starts a broker whose
   * one client listener admits only that user, authenticated with SCRAM-SHA-512.
   */
  public static KafkaServerProcess startWithScram(Path parent, Scram scram) {
    return start(parent, java.util.Objects.requireNonNull(scram));
  }

  private static KafkaServerProcess start(Path parent, Scram scram) {
    try {
      Path dir = Files.createDirectories(parent.resolve("kafka-" + UUID.randomUUID()));
      KafkaServerProcess broker = new KafkaServerProcess(dir, freePort(), freePort(), scram);
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
    List<String> arguments =
        new java.util.ArrayList<>(
            List.of(
                "format",
                "-t",
                UUID.randomUUID().toString().replace("-", "").substring(0, 22),
                "-c",
                config.toString(),
                "--standalone"));
    arguments.addAll(formatOptions);
    Process formatter =
        java("kafka.tools.StorageTool", arguments.toArray(String[]::new))
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
