package vn.dxmonitor.alerting;

import java.time.Clock;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import vn.dxmonitor.alerting.engine.AlertTopology;
import vn.dxmonitor.alerting.engine.AlertingStreams;
import vn.dxmonitor.alerting.engine.EngineSettings;
import vn.dxmonitor.alerting.evaluate.Evaluator;
import vn.dxmonitor.alerting.rule.AlertRules;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.trajectory.StatusEvaluator;
import vn.dxmonitor.runtime.catalog.topic.CatalogView;
import vn.dxmonitor.runtime.catalog.topic.CatalogWriter;
import vn.dxmonitor.runtime.kafka.KafkaTopicProperties;
import vn.dxmonitor.runtime.lifecycle.StartupStep;

/** The alerting engine and what it needs, with the module's defaults. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AlertingProperties.class)
@PropertySource("classpath:META-INF/dx/alerting-defaults.properties")
public class AlertingConfiguration {

  @Bean
  AlertRules alertRules(CatalogView view, CatalogWriter writer, Clock clock) {
    return new AlertRules(view, writer, clock);
  }

  /** The shipped rules go into a catalog topic that has none, once the catalog has been read. */
  @Bean
  StartupStep alertRulesSeed(AlertRules rules) {
    return new StartupStep(StartupStep.AFTER_CATALOG) {
      @Override
      protected void run() {
        rules.seedIfMissing();
      }
    };
  }

  @Bean
  KafkaAdmin.NewTopics alertingTopics(KafkaTopicProperties topics) {
    return new KafkaAdmin.NewTopics(
        TopicBuilder.name(AlertTopology.COMMANDS_TOPIC)
            .partitions(topics.partitions())
            .replicas(topics.replicationFactor())
            .config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(7L * 24 * 3600 * 1000))
            .build());
  }

  @Bean
  AlertingStreams alertingStreams(
      KafkaProperties kafka,
      AlertingProperties properties,
      KafkaTopicProperties topics,
      CatalogSource catalog,
      StatusEvaluator status,
      AlertRules rules,
      Clock clock) {
    EngineSettings settings =
        new EngineSettings(
            new Evaluator(catalog, status, rules),
            rules,
            clock,
            topics.partitions(),
            properties.tick(),
            properties.evaluationInterval());
    return new AlertingStreams(
        kafka.buildAdminProperties(), properties.applicationId(), properties.stateDir(), settings);
  }
}
