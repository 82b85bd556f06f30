package vn.dxmonitor.bench.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import vn.dxmonitor.testsupport.kafka.KafkaServerProcess;

/**
 * One fresh single-node KRaft broker, shared by the baseline and the service under test so that
 * both write to the very same broker: the tests' {@link KafkaServerProcess} (the same settings as
 * {@code ./dx up}'s broker) started from the benchmark's classpath with a larger heap, and held
 * until an admin client sees it, not only until it listens.
 */
public final class KafkaBroker implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  private final KafkaServerProcess process;

  private KafkaBroker(KafkaServerProcess process) {
    this.process = process;
  }

  /**
   * Formats a log directory under {@code dir} and starts the broker; returns once it answers.
   *
   * @param partitions the default partition count of automatically created topics
   */
  public static KafkaBroker start(Path dir, String classpath, int partitions)
      throws InterruptedException {
    return start(dir, classpath, partitions, "1g", "1g");
  }

  /**
   * A broker with the heap given, such as {@code ./dx up}'s {@code 256m} to {@code 512m} when what
   * is measured is the memory of the platform as a user runs it.
   */
  public static KafkaBroker start(
      Path dir, String classpath, int partitions, String initialHeap, String maxHeap)
      throws InterruptedException {
    KafkaServerProcess.Launch launch =
        KafkaServerProcess.Launch.defaults()
            .withJvm(
                classpath,
                List.of(
                    "-Xms" + initialHeap,
                    "-Xmx" + maxHeap,
                    "-XX:+UseG1GC",
                    "-XX:MaxGCPauseMillis=20",
                    JavaCommand.QUIET_LOGGING,
                    "-Ddx.bench.log.level=INFO"))
            .withPartitions(partitions);
    KafkaBroker started;
    try {
      started = new KafkaBroker(KafkaServerProcess.start(dir, launch));
    } catch (IllegalStateException e) {
      throw new BenchmarkFailedException("the Kafka broker did not start: " + e.getMessage());
    }
    try {
      started.awaitAdmin();
    } catch (RuntimeException | InterruptedException e) {
      started.close();
      throw e;
    }
    return started;
  }

  private void awaitAdmin() throws InterruptedException {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      try (TopicAdmin admin = new TopicAdmin(bootstrapServers())) {
        if (admin.isUp()) {
          return;
        }
      }
      Thread.sleep(250);
    }
    throw new BenchmarkFailedException(
        "the Kafka broker listens but did not answer an admin client within "
            + READY_TIMEOUT.toSeconds()
            + " s; see "
            + log());
  }

  public String bootstrapServers() {
    return process.bootstrapServers();
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
