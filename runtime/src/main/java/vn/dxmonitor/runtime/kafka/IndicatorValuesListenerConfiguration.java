package vn.dxmonitor.runtime.kafka;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The listener factories of the indexers of {@code dx.indicator-values} and {@code
 * dx.indicator-history}: batches of the records' JSON as it is, committed only after the listener
 * returned, read_committed so that aborted processor transactions are never seen. The JSON goes to
 * Elasticsearch unparsed, since the documents are the records. A failing batch is retried with
 * back-off for as long as it fails: an Elasticsearch outage delays indexing and loses nothing.
 */
@Configuration(proxyBeanMethods = false)
public class IndicatorValuesListenerConfiguration {

  /** The bean name listeners refer to in {@code containerFactory}. */
  public static final String FACTORY = "indicatorValuesListenerFactory";

  /** The bean name listeners to {@code dx.indicator-history} refer to. */
  public static final String HISTORY_FACTORY = "indicatorHistoryListenerFactory";

  /**
   * How many records one poll may bring: a lagging indexer then coalesces more of them to the last
   * per key, and writes fewer documents per record.
   */
  private static final int MAX_POLL_RECORDS = 5000;

  @Bean(FACTORY)
  ConcurrentKafkaListenerContainerFactory<String, byte[]> indicatorValuesListenerFactory(
      KafkaProperties kafkaProperties) {
    return committedBatches(kafkaProperties);
  }

  @Bean(HISTORY_FACTORY)
  ConcurrentKafkaListenerContainerFactory<String, byte[]> indicatorHistoryListenerFactory(
      KafkaProperties kafkaProperties) {
    return committedBatches(kafkaProperties);
  }

  private static ConcurrentKafkaListenerContainerFactory<String, byte[]> committedBatches(
      KafkaProperties kafkaProperties) {
    Map<String, Object> config = kafkaProperties.buildConsumerProperties();
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, MAX_POLL_RECORDS);
    var consumerFactory =
        new DefaultKafkaConsumerFactory<>(
            config, new StringDeserializer(), new ByteArrayDeserializer());
    var factory = new ConcurrentKafkaListenerContainerFactory<String, byte[]>();
    factory.setConsumerFactory(consumerFactory);
    factory.setBatchListener(true);
    factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
    ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
    backOff.setMaxInterval(30_000);
    factory.setCommonErrorHandler(new DefaultErrorHandler(backOff));
    return factory;
  }
}
