package vn.dxmonitor.runtime.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a whole topic from the beginning and then follows it, on a thread of its own and without a
 * consumer group, so every instance sees every committed record: how a service keeps its own copy
 * of a compacted topic such as the catalog.
 */
public final class TopicFollower implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(TopicFollower.class);

  /** What the follower tells its owner. */
  public interface Listener {

    void record(ConsumerRecord<String, byte[]> record);

    /** After each poll, with where the consumer stands; for bookkeeping and periodic work. */
    default void polled(Consumer<String, byte[]> consumer, List<TopicPartition> partitions) {}

    /** Once, when every record that existed at the start has been read. */
    default void caughtUp() {}
  }

  private static final Duration TOPIC_CHECK = Duration.ofSeconds(1);

  private final String topic;
  private final Map<String, Object> config;
  private final Listener listener;
  private final CountDownLatch caughtUp = new CountDownLatch(1);
  private volatile boolean running = true;
  private KafkaConsumer<String, byte[]> consumer;
  private Thread thread;

  public TopicFollower(String topic, Map<String, Object> consumerConfig, Listener listener) {
    this.topic = topic;
    this.config = new HashMap<>(consumerConfig);
    this.config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    this.config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    this.config.remove(ConsumerConfig.GROUP_ID_CONFIG);
    this.listener = listener;
  }

  /** Starts following; a second call changes nothing, since one consumer serves one thread. */
  public synchronized void start() {
    if (thread != null) {
      return;
    }
    consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    thread = new Thread(this::follow, "dx-follow-" + topic);
    thread.setDaemon(true);
    thread.start();
  }

  /** Waits until every record that existed when the follower started has been read. */
  public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
    return caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void follow() {
    try {
      List<TopicPartition> partitions = awaitPartitions();
      if (partitions.isEmpty()) {
        return;
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (running) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          listener.record(record);
        }
        listener.polled(consumer, partitions);
        if (caughtUp.getCount() > 0
            && partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p))) {
          listener.caughtUp();
          caughtUp.countDown();
        }
      }
    } catch (WakeupException e) {
      log.debug("Follower of {} woken up to stop", topic);
    } catch (RuntimeException e) {
      log.error("Stopped following {}", topic, e);
    } finally {
      consumer.close();
    }
  }

  /**
   * The topic's partitions, once it exists: a service may start before the one that creates the
   * topic, and must then follow it from its creation rather than give up. Empty only when closed
   * first.
   */
  private List<TopicPartition> awaitPartitions() {
    boolean told = false;
    while (running) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
              .map(info -> new TopicPartition(info.topic(), info.partition()))
              .toList();
      if (!partitions.isEmpty()) {
        if (told) {
          log.info("{} exists now; following it", topic);
        }
        return partitions;
      }
      if (!told) {
        log.warn("{} does not exist yet; following it once it does", topic);
        told = true;
      }
      try {
        Thread.sleep(TOPIC_CHECK.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return List.of();
      }
    }
    return List.of();
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    if (consumer != null) {
      consumer.wakeup();
    }
    if (thread != null) {
      thread.join(10_000);
    }
  }
}
