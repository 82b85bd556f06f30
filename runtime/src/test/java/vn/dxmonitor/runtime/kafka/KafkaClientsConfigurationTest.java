package vn.dxmonitor.runtime.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.io.FileSystemResource;

/**
 * The Kafka security settings reach the clients the platform makes by hand: the properties they are
 * built from carry SASL and TLS, the filters that keep only connection settings keep them, and an
 * SSL bundle — which would reach only Spring's own clients — is refused.
 */
class KafkaClientsConfigurationTest {

  private static final String JAAS =
      "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"dx\""
          + " password=\"kafka-pw\";";

  @Test
  void aSaslSslSetupSurvivesTheConnectionOnlyFilter() {
    KafkaProperties kafka = saslSsl();

    // As RecoveryJournal and the console's DeadLetterWork keep only connection settings.
    for (Map<String, Object> built :
        List.of(
            kafka.buildConsumerProperties(),
            kafka.buildProducerProperties(),
            kafka.buildAdminProperties())) {
      Map<String, Object> connection = new HashMap<>(built);
      connection.keySet().retainAll(AdminClientConfig.configNames());
      assertThat(connection)
          .containsEntry("security.protocol", "SASL_SSL")
          .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
          .containsEntry("sasl.jaas.config", JAAS)
          .containsEntry("ssl.truststore.type", "PEM")
          .containsKey("ssl.truststore.location");
    }
  }

  @Test
  void anSslBundleIsRefusedNamingTheProperty() {
    KafkaProperties kafka = new KafkaProperties();
    kafka.getSsl().setBundle("kafka");
    assertThatThrownBy(() -> KafkaClientsConfiguration.refuseSslBundles(kafka))
        .isInstanceOf(InvalidConfigurationPropertyValueException.class)
        .hasMessageContaining("spring.kafka.ssl.bundle")
        .hasMessageContaining("spring.kafka.ssl.trust-store-location");

    KafkaProperties perClient = new KafkaProperties();
    perClient.getConsumer().getSsl().setBundle("kafka");
    assertThatThrownBy(() -> KafkaClientsConfiguration.refuseSslBundles(perClient))
        .hasMessageContaining("spring.kafka.consumer.ssl.bundle");

    assertThatCode(() -> KafkaClientsConfiguration.refuseSslBundles(saslSsl()))
        .doesNotThrowAnyException();
  }

  private static KafkaProperties saslSsl() {
    KafkaProperties kafka = new KafkaProperties();
    kafka.getSecurity().setProtocol("SASL_SSL");
    kafka.getProperties().put("sasl.mechanism", "SCRAM-SHA-512");
    kafka.getProperties().put("sasl.jaas.config", JAAS);
    kafka.getSsl().setTrustStoreLocation(new FileSystemResource("/etc/dx/kafka/ca.crt"));
    kafka.getSsl().setTrustStoreType("PEM");
    return kafka;
  }
}
