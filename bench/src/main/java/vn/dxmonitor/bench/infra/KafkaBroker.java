package vn.dxmonitor.bench.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.Uuid;

/**
 * One fresh single-node KRaft broker ({@code kafka.Kafka}) in a JVM of its own, with its log in a
 * new directory and on free ports: the same set-up as {@code ./dx up}'s broker, shared by the
 * baseline and the service under test so that both write to the very same broker.
 */
public final class KafkaBroker implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final ChildProcess process;
  private final String bootstrapServers;

  private KafkaBroker(ChildProcess process, String bootstrapServers) {
    this.process = process;
    this.bootstrapServers = bootstrapServers;
  }

  /**
   * Formats a log directory under {@code dir} and starts the broker; returns once it answers.
   *
   * @param partitions the default partition count of automatically created topics
   */
  public static KafkaBroker start(Path dir, String classpath, int partitions)
      throws IOException, InterruptedException {
    List<Integer> ports = FreePorts.take(2);
    int port = ports.get(0);
    int controllerPort = ports.get(1);
    Path data = Files.createDirectories(dir.resolve("kafka-data"));
    Path properties = dir.resolve("server.properties");
    Files.writeString(
        properties,
        serverProperties(port, controllerPort, data, partitions),
        StandardCharsets.UTF_8);
    Path log = dir.resolve("kafka.log");

    JavaCommand format =
        new JavaCommand(
            classpath,
            List.of(JavaCommand.QUIET_LOGGING),
            "kafka.tools.StorageTool",
            List.of(
                "format",
                "-t",
                Uuid.randomUuid().toString(),
                "-c",
                properties.toString(),
                "--standalone"));
    ChildProcess formatting = ChildProcess.start(format, log);
    if (formatting.waitFor() != 0) {
      throw new BenchmarkFailedException(
          "formatting the broker's log directory failed:\n" + formatting.logTail(20));
    }

    JavaCommand broker =
        new JavaCommand(
            classpath,
            List.of(
                "-Xms1g",
                "-Xmx1g",
                "-XX:+UseG1GC",
                "-XX:MaxGCPauseMillis=20",
                JavaCommand.QUIET_LOGGING,
                "-Ddx.bench.log.level=INFO"),
            "kafka.Kafka",
            List.of(properties.toString()));
    String bootstrapServers = "127.0.0.1:" + port;
    KafkaBroker started = new KafkaBroker(ChildProcess.start(broker, log), bootstrapServers);
    try {
      started.awaitReady(port);
    } catch (RuntimeException | InterruptedException e) {
      started.close();
      throw e;
    }
    return started;
  }

  public static String serverProperties(int port, int controllerPort, Path data, int partitions) {
    return String.join(
        "\n",
        "process.roles=broker,controller",
        "node.id=1",
        "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
        "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
        "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
        "controller.listener.names=CONTROLLER",
        "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
        "log.dirs=" + data,
        "num.partitions=" + partitions,
        "offsets.topic.replication.factor=1",
        "transaction.state.log.replication.factor=1",
        "transaction.state.log.min.isr=1",
        "share.coordinator.state.topic.replication.factor=1",
        "share.coordinator.state.topic.min.isr=1",
        "group.initial.rebalance.delay.ms=0",
        "");
  }

  private static boolean listening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1_000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private void awaitReady(int port) throws InterruptedException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new BenchmarkFailedException(
            "the Kafka broker exited while starting; see "
                + process.log()
                + ":\n"
                + process.logTail(20));
      }
      // An admin client before the port listens would log a warning per retry.
      if (listening(port)) {
        try (TopicAdmin admin = new TopicAdmin(bootstrapServers)) {
          if (admin.isUp()) {
            return;
          }
        }
      }
      Thread.sleep(250);
    }
    throw new BenchmarkFailedException(
        "the Kafka broker did not answer within "
            + START_TIMEOUT.toSeconds()
            + " s; see "
            + process.log());
  }

  public String bootstrapServers() {
    return bootstrapServers;
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
