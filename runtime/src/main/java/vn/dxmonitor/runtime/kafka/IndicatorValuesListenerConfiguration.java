package vn.dxmonitor.runtime.kafka;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.ExponentialBackOff;
import vn.dxmonitor.model.value.IndicatorValue;

/**
 * The listener factories for every consumer of {@code dx.indicator-values} and {@code
 * dx.indicator-history}: batches, committed only after the listener returned, read_committed so
 * that aborted processor transactions are never seen. A failing batch is retried with back-off for
 * as long as it fails: an Elasticsearch outage delays indexing and loses nothing.
 *
 * <p>Two kinds: values read as {@link IndicatorValue} (an unreadable one reaches the listener as
 * null with the exception in a header, see {@link LatestValues}, instead of failing every poll),
 * and the records' JSON as it is, for the indexers, whose documents are the records.
 */
@Configuration(proxyBeanMethods = false)
public class IndicatorValuesListenerConfiguration {

  /** The bean name listeners to values as {@link IndicatorValue} refer to in containerFactory. */
  public static final String FACTORY = "indicatorValuesListenerFactory";

  /** The bean name listeners to any of the two topics as raw JSON refer to. */
  public static final String JSON_FACTORY = "indicatorJsonListenerFactory";

  /**
   * How many records one poll may bring: a lagging indexer then coalesces more of them to the last
   * per key, and writes fewer documents per record.
   */
  private static final int MAX_POLL_RECORDS = 5000;

  @Bean(FACTORY)
  ConcurrentKafkaListenerContainerFactory<String, IndicatorValue> indicatorValuesListenerFactory(
      KafkaProperties kafkaProperties) {
    return committedBatches(
        kafkaProperties,
        new ErrorHandlingDeserializer<>(Topics.INDICATOR_VALUES.valueSerde().deserializer()));
  }

  @Bean(JSON_FACTORY)
  ConcurrentKafkaListenerContainerFactory<String, byte[]> indicatorJsonListenerFactory(
      KafkaProperties kafkaProperties) {
    return committedBatches(kafkaProperties, new ByteArrayDeserializer());
  }

  private static <V> ConcurrentKafkaListenerContainerFactory<String, V> committedBatches(
      KafkaProperties kafkaProperties, Deserializer<V> values) {
    Map<String, Object> config = kafkaProperties.buildConsumerProperties();
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, MAX_POLL_RECORDS);
    var consumerFactory =
        new DefaultKafkaConsumerFactory<>(config, new StringDeserializer(), values);
    var factory = new ConcurrentKafkaListenerContainerFactory<String, V>();
    factory.setConsumerFactory(consumerFactory);
    factory.setBatchListener(true);
    factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
    ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
    backOff.setMaxInterval(30_000);
    factory.setCommonErrorHandler(new DefaultErrorHandler(backOff));
    return factory;
  }
}
