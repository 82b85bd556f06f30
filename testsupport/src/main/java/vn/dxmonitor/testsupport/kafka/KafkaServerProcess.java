package vn.dxmonitor.testsupport.kafka;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real KRaft broker in a process of its own, so a test can stop it — gracefully or with SIGKILL —
 * and start it again on the same port and data, as an outage would. It runs {@code kafka.Kafka}
 * from the test's own classpath, which holds the broker through {@code spring-kafka-test}, or from
 * the classpath a {@link Launch} gives (the benchmarks'). Its settings are {@link
 * KraftServerConfig}'s, the same as {@code ./dx up}'s broker.
 */
public final class KafkaServerProcess implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final Path dir;
  private final KraftServerConfig settings;
  private final Path config;
  private final Launch launch;
  private Process process;

  private KafkaServerProcess(Path dir, KraftServerConfig settings, Launch launch) {
    this.dir = dir;
    this.settings = settings;
    this.config = settings.writeTo(dir.resolve("server.properties"));
    this.launch = launch;
  }

  /**
   * How the broker's JVM is started and what it admits.
   *
   * @param classpath where {@code kafka.Kafka} is found
   * @param jvmOptions heap and other JVM options
   * @param partitions the partition count of topics created without one
   * @param scram the one user the client listener admits, or none for plain text
   * @param tls the broker's TLS identity when its client listener speaks TLS, else none
   */
  public record Launch(
      String classpath, List<String> jvmOptions, int partitions, ScramUser scram, BrokerTls tls) {

    public Launch {
      Objects.requireNonNull(classpath, "classpath");
      jvmOptions = List.copyOf(jvmOptions);
    }

    /** From the caller's own classpath, half a gigabyte of heap, plain text. */
    public static Launch defaults() {
      return new Launch(
          System.getProperty("java.class.path"),
          List.of("-Xms128m", "-Xmx512m"),
          KraftServerConfig.DEFAULT_PARTITIONS,
          null,
          null);
    }

    public Launch withJvm(String otherClasspath, List<String> options) {
      return new Launch(otherClasspath, options, partitions, scram, tls);
    }

    public Launch withPartitions(int count) {
      return new Launch(classpath, jvmOptions, count, scram, tls);
    }

    public Launch withScram(ScramUser user) {
      return new Launch(classpath, jvmOptions, partitions, Objects.requireNonNull(user), tls);
    }

    public Launch withTls(BrokerTls identity) {
      return new Launch(classpath, jvmOptions, partitions, scram, Objects.requireNonNull(identity));
    }
  }

  /** Formats fresh storage under {@code parent} and starts the broker. */
  public static KafkaServerProcess start(Path parent) {
    return start(parent, Launch.defaults());
  }

  /** Formats fresh storage under {@code parent} and starts the broker as {@code launch} says. */
  public static KafkaServerProcess start(Path parent, Launch launch) {
    try {
      Path dir = Files.createDirectories(parent.resolve("kafka-" + UUID.randomUUID()));
      KraftServerConfig settings =
          new KraftServerConfig(
              freePort(),
              freePort(),
              dir.resolve("data"),
              launch.partitions(),
              launch.scram(),
              launch.tls());
      KafkaServerProcess broker = new KafkaServerProcess(dir, settings, launch);
      broker.format();
      broker.startAgain();
      return broker;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare a Kafka broker", e);
    }
  }

  public String bootstrapServers() {
    return settings.bootstrapServers();
  }

  /** The broker's TLS identity, whose certificate its clients trust; null for plain text. */
  public BrokerTls tls() {
    return settings.tls();
  }

  /** The broker's process while it runs, e.g. to measure its CPU time. */
  public ProcessHandle handle() {
    if (process == null) {
      throw new IllegalStateException("the broker is not started");
    }
    return process.toHandle();
  }

  /** The broker's own output, across its restarts. */
  public Path log() {
    return dir.resolve("server.log");
  }

  /** Starts the broker on its old port and data, and waits until it listens. */
  public void startAgain() {
    if (process != null && process.isAlive()) {
      return;
    }
    try {
      process =
          java("kafka.Kafka", config.toString())
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the Kafka broker", e);
    }
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (!listening()) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException("the Kafka broker did not start; see " + log());
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
        settings.formatArguments(
            config, UUID.randomUUID().toString().replace("-", "").substring(0, 22));
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

  private ProcessBuilder java(String main, String... args) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(launch.jvmOptions());
    command.addAll(List.of("-cp", launch.classpath(), main));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true);
  }

  private boolean listening() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", settings.port()), 200);
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
