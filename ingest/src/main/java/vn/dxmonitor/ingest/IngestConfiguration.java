package vn.dxmonitor.ingest;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.runtime.kafka.Topics;

/**
 * The producer of accepted events: {@code acks=all} with idempotence, so an acknowledged event is
 * on every in-sync replica and a producer retry never writes it twice.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IngestProperties.class)
@PropertySource("classpath:META-INF/dx/ingest-defaults.properties")
public class IngestConfiguration {

  @Bean
  KafkaTemplate<String, MetricEvent> metricEventTemplate(KafkaProperties kafkaProperties) {
    Map<String, Object> config = kafkaProperties.buildProducerProperties();
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    var factory =
        new DefaultKafkaProducerFactory<>(
            config,
            Topics.METRIC_EVENTS.keySerde().serializer(),
            Topics.METRIC_EVENTS.valueSerde().serializer());
    KafkaTemplate<String, MetricEvent> template = new KafkaTemplate<>(factory);
    template.setDefaultTopic(Topics.METRIC_EVENTS.name());
    return template;
  }
}
