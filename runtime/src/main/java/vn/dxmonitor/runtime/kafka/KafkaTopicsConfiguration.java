package vn.dxmonitor.runtime.kafka;

import java.time.Duration;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** Declares the topics so Spring's {@link KafkaAdmin} creates them at start-up when missing. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KafkaTopicProperties.class)
public class KafkaTopicsConfiguration {

  private static final Duration RECOVERIES_KEPT = Duration.ofDays(90);

  @Bean
  KafkaAdmin.NewTopics dxTopics(KafkaTopicProperties properties) {
    return new KafkaAdmin.NewTopics(
        topic(Topics.METRIC_EVENTS.name(), properties).build(),
        topic(Topics.METRIC_EVENTS_DLT.name(), properties).build(),
        // The revision log is history, not state: kept as long as the events it explains.
        topic(Topics.REVISIONS.name(), properties)
            .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
            .build(),
        topic(Topics.METRIC_EVENTS_DLT_REPLAYS.name(), properties)
            .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
            .build(),
        topic(Topics.INDICATOR_VALUES.name(), properties)
            .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
            .build(),
        topic(Topics.INDICATOR_HISTORY.name(), properties)
            .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
            .build(),
        topic(Topics.ALERTS.name(), properties)
            .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
            .build(),
        TopicBuilder.name(Topics.RECOVERIES.name())
            .partitions(1)
            .replicas(properties.replicationFactor())
            .config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(RECOVERIES_KEPT.toMillis()))
            .build(),
        TopicBuilder.name(Topics.SUBMISSIONS.name())
            .partitions(1)
            .replicas(properties.replicationFactor())
            .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
            .build(),
        TopicBuilder.name(Topics.CATALOG.name())
            .partitions(1)
            .replicas(properties.replicationFactor())
            .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
            .build());
  }

  private static TopicBuilder topic(String name, KafkaTopicProperties properties) {
    return TopicBuilder.name(name)
        .partitions(properties.partitions())
        .replicas(properties.replicationFactor());
  }
}
