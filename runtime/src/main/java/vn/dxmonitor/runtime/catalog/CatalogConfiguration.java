package vn.dxmonitor.runtime.catalog;

import java.time.Clock;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.event.EventValidator;
import vn.dxmonitor.model.status.StatusJudge;
import vn.dxmonitor.model.status.TargetAssessor;
import vn.dxmonitor.runtime.catalog.topic.CatalogStartup;
import vn.dxmonitor.runtime.catalog.topic.CatalogView;
import vn.dxmonitor.runtime.catalog.topic.CatalogWriter;

/**
 * The catalog and unit registry every service reads: a view of {@code dx.catalog}, followed live,
 * and the writer the admin API and the seeder change it through.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CatalogProperties.class)
public class CatalogConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean(destroyMethod = "close")
  CatalogView catalogView(KafkaProperties kafka) {
    return new CatalogView(kafka.buildConsumerProperties());
  }

  @Bean
  CatalogWriter catalogWriter(KafkaProperties kafka) {
    Map<String, Object> config = kafka.buildProducerProperties();
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
    DefaultKafkaProducerFactory<String, byte[]> producers =
        new DefaultKafkaProducerFactory<>(
            config, new StringSerializer(), new ByteArraySerializer());
    return new CatalogWriter(new KafkaTemplate<>(producers));
  }

  @Bean
  CatalogStartup catalogStartup(
      CatalogView view, CatalogWriter writer, Clock clock, CatalogProperties properties) {
    return new CatalogStartup(view, writer, clock, properties.seed(), properties.startupTimeout());
  }

  @Bean
  TargetAssessor targetAssessor() {
    return new TargetAssessor();
  }

  @Bean
  StatusJudge statusJudge(TargetAssessor assessor) {
    return new StatusJudge(assessor);
  }

  @Bean
  EventValidator eventValidator(CatalogSource catalog, Clock clock, CatalogProperties properties) {
    return new EventValidator(
        catalog, clock, properties.eventHorizon(), properties.revisionWindows().rule());
  }
}
