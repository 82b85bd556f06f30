package vn.dxmonitor.ingest;

import org.apache.kafka.common.config.TopicConfig;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import vn.dxmonitor.ingest.settings.IngestProperties;
import vn.dxmonitor.runtime.kafka.KafkaTopicProperties;
import vn.dxmonitor.runtime.kafka.Topics;

/**
 * The topic only ingest uses, the ledger of accepted ids; on its own so the deployment's init step
 * declares it without starting ingest.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IngestProperties.class, KafkaTopicProperties.class})
public class IngestTopics {

  @Bean
  KafkaAdmin.NewTopics acceptedIdsTopic(IngestProperties ingest, KafkaTopicProperties topics) {
    return new KafkaAdmin.NewTopics(
        TopicBuilder.name(Topics.ACCEPTED_IDS.name())
            .partitions(topics.partitions())
            .replicas(topics.replicationFactor())
            .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
            .config(
                TopicConfig.RETENTION_MS_CONFIG, Long.toString(ingest.ledgerRetention().toMillis()))
            .build());
  }
}
