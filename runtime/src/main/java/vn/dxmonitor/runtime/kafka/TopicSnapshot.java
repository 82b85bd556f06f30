package vn.dxmonitor.runtime.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a topic from its beginning to where it ends now, committed records only, without a consumer
 * group: what the topic held at one moment, read the way the processor reads it.
 */
public final class TopicSnapshot {

  private static final Duration POLL = Duration.ofMillis(500);

  private TopicSnapshot() {}

  /** Told how far a read has got. */
  @FunctionalInterface
  public interface Progress {
    void read(String topic, long done, long total);
  }

  /** Reads the topic to its end, with no one told of the progress. */
  public static long read(
      Map<String, Object> config, String topic, Consumer<ConsumerRecord<byte[], byte[]>> each) {
    return read(config, topic, each, (name, done, total) -> {});
  }

  /**
   * @param config the connection settings (bootstrap servers and security)
   * @param progress told the records read so far and the total, now and then
   * @return the records read
   */
  public static long read(
      Map<String, Object> config,
      String topic,
      Consumer<ConsumerRecord<byte[], byte[]>> each,
      Progress progress) {
    Map<String, Object> settings = new HashMap<>(config);
    settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(settings, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(info -> new TopicPartition(topic, info.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long total = 0;
      for (TopicPartition partition : partitions) {
        total += end.get(partition) - begin.get(partition);
      }
      long read = 0;
      progress.read(topic, 0, total);
      while (!reachedEnd(consumer, partitions, end)) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
          if (record.offset() < end.get(new TopicPartition(topic, record.partition()))) {
            each.accept(record);
            read++;
          }
        }
        progress.read(topic, read, total);
      }
      progress.read(topic, total, total);
      return read;
    }
  }

  private static boolean reachedEnd(
      KafkaConsumer<byte[], byte[]> consumer,
      List<TopicPartition> partitions,
      Map<TopicPartition, Long> end) {
    for (TopicPartition partition : partitions) {
      if (consumer.position(partition) < end.get(partition)) {
        return false;
      }
    }
    return true;
  }
}
