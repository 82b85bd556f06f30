package vn.dxmonitor.alerting;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import vn.dxmonitor.alerting.deliver.DeadLetters;
import vn.dxmonitor.alerting.deliver.NotificationRetries;
import vn.dxmonitor.alerting.engine.AlertTopology;
import vn.dxmonitor.runtime.kafka.KafkaTopicProperties;

/**
 * The topics only alerting uses: operators' commands, notifications, their retries and their dead
 * letters, kept a week. On their own so the deployment's init step declares them without starting
 * the engine.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KafkaTopicProperties.class)
public class AlertingTopics {

  private static final long WEEK_MS = 7L * 24 * 3600 * 1000;

  @Bean
  KafkaAdmin.NewTopics alertingTopicDeclarations(KafkaTopicProperties topics) {
    return new KafkaAdmin.NewTopics(
        weekLong(AlertTopology.COMMANDS_TOPIC, topics),
        weekLong(AlertTopology.NOTIFICATIONS_TOPIC, topics),
        weekLong(NotificationRetries.TOPIC, topics),
        weekLong(DeadLetters.TOPIC, topics));
  }

  private static NewTopic weekLong(String name, KafkaTopicProperties topics) {
    return TopicBuilder.name(name)
        .partitions(topics.partitions())
        .replicas(topics.replicationFactor())
        .config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(WEEK_MS))
        .build();
  }
}
