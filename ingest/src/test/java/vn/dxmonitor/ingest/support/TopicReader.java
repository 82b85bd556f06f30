package vn.dxmonitor.ingest.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.runtime.kafka.Topics;

/**
 * Reads every committed event on {@code dx.metric-events} whose id starts with a prefix: what the
 * processor would see. Reads to the end of the topic, so an absent event is really absent.
 */
public final class TopicReader {

  private final String bootstrap;

  public TopicReader(String bootstrap) {
    this.bootstrap = bootstrap;
  }

  public List<MetricEvent> events(String idPrefix) {
    Map<String, Object> config = new HashMap<>();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    try (KafkaConsumer<String, MetricEvent> consumer =
        new KafkaConsumer<>(
            config, new StringDeserializer(), Topics.METRIC_EVENTS.valueSerde().deserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(Topics.METRIC_EVENTS.name()).stream()
              .map(info -> new TopicPartition(info.topic(), info.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = highWatermarks(partitions);
      List<MetricEvent> events = new ArrayList<>();
      long deadline = System.currentTimeMillis() + 30_000;
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
          && System.currentTimeMillis() < deadline) {
        for (ConsumerRecord<String, MetricEvent> record : consumer.poll(Duration.ofMillis(200))) {
          if (record.value() != null
              && record.value().eventId() != null
              && record.value().eventId().startsWith(idPrefix)) {
            events.add(record.value());
          }
        }
      }
      return events;
    }
  }

  /**
   * The end of each partition as written, not as committed: a transaction's commit markers reach
   * the partitions just after the producer's commit returns, so a committed reader's end offset can
   * still stop short of events the API has already acknowledged. Reading to this end waits for
   * their markers.
   */
  private Map<TopicPartition, Long> highWatermarks(List<TopicPartition> partitions) {
    Map<String, Object> config = new HashMap<>();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      return consumer.endOffsets(partitions);
    }
  }
}
