package vn.dxmonitor.runtime.kafka;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.ExponentialBackOff;
import vn.dxmonitor.model.value.HistoryPoint;
import vn.dxmonitor.model.value.IndicatorValue;

/**
 * The listener factories for every consumer of {@code dx.indicator-values} and {@code
 * dx.indicator-history}: batches, committed only after the listener returned, read_committed so
 * that aborted processor transactions are never seen. An unreadable value reaches the listener as
 * null with the exception in a header (see {@link LatestValues}) instead of failing every poll. A
 * failing batch is retried with back-off for as long as it fails: an Elasticsearch outage delays
 * indexing and loses nothing.
 */
@Configuration(proxyBeanMethods = false)
public class IndicatorValuesListenerConfiguration {

  /** The bean name listeners refer to in {@code containerFactory}. */
  public static final String FACTORY = "indicatorValuesListenerFactory";

  /** The bean name listeners to {@code dx.indicator-history} refer to. */
  public static final String HISTORY_FACTORY = "indicatorHistoryListenerFactory";

  @Bean(FACTORY)
  ConcurrentKafkaListenerContainerFactory<String, IndicatorValue> indicatorValuesListenerFactory(
      KafkaProperties kafkaProperties) {
    return committedBatches(kafkaProperties, Topics.INDICATOR_VALUES);
  }

  @Bean(HISTORY_FACTORY)
  ConcurrentKafkaListenerContainerFactory<String, HistoryPoint> indicatorHistoryListenerFactory(
      KafkaProperties kafkaProperties) {
    return committedBatches(kafkaProperties, Topics.INDICATOR_HISTORY);
  }

  private static <V> ConcurrentKafkaListenerContainerFactory<String, V> committedBatches(
      KafkaProperties kafkaProperties, Topic<String, V> topic) {
    Map<String, Object> config = kafkaProperties.buildConsumerProperties();
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    var consumerFactory =
        new DefaultKafkaConsumerFactory<>(
            config,
            topic.keySerde().deserializer(),
            new ErrorHandlingDeserializer<>(topic.valueSerde().deserializer()));
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
