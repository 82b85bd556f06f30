package vn.dxmonitor.runtime.catalog;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.event.EventValidator;
import vn.dxmonitor.model.status.StatusJudge;
import vn.dxmonitor.model.status.TargetAssessor;
import vn.dxmonitor.runtime.catalog.topic.CatalogStartup;
import vn.dxmonitor.runtime.catalog.topic.CatalogView;
import vn.dxmonitor.runtime.catalog.topic.CatalogWriter;
import vn.dxmonitor.runtime.catalog.topic.Scorecards;

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

  @Bean(destroyMethod = "close")
  CatalogWriter catalogWriter(KafkaProperties kafka) {
    return CatalogWriter.to(kafka.buildProducerProperties());
  }

  @Bean
  Scorecards scorecards(CatalogView view) {
    return new Scorecards(view);
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
