package vn.dxmonitor.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import vn.dxmonitor.runtime.elasticsearch.ElasticsearchProperties;

/**
 * The command-line tools reach Kafka and Elasticsearch as the services do: a SASL_SSL setup, or
 * Elasticsearch credentials, given to them the way they are given to the services (environment
 * variables) reach every client they make. Before, the tools' Kafka clients had the bootstrap
 * servers alone, and the audit's Elasticsearch client an address alone.
 */
class ClientSettingsTest {

  private static final String JAAS =
      "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"dx\""
          + " password=\"kafka-pw\";";

  /** The compose file's variables for a broker with SASL/SCRAM over TLS (docs/operations.md). */
  private static final Map<String, String> SASL_SSL =
      Map.of(
          "SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9094",
          "SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
          "SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512",
          "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG", JAAS,
          "SPRING_KAFKA_SSL_TRUST_STORE_LOCATION", "file:/etc/dx/kafka/ca.crt",
          "SPRING_KAFKA_SSL_TRUST_STORE_TYPE", "PEM");

  @Test
  void aSaslSslSetupReachesTheToolsKafkaClients() {
    Map<String, Object> kafka = ClientSettings.of(SASL_SSL).kafka(null);

    assertThat(kafka)
        .containsEntry("bootstrap.servers", "kafka-1:9094")
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
        .containsEntry("sasl.jaas.config", JAAS)
        .containsEntry("ssl.truststore.type", "PEM")
        .containsEntry("ssl.truststore.location", "/etc/dx/kafka/ca.crt");
  }

  @Test
  void theBrokersOnTheCommandLineWinAndTheSecurityStays() {
    Map<String, Object> kafka = ClientSettings.of(SASL_SSL).kafka("127.0.0.1:19094");

    assertThat(kafka)
        .containsEntry("bootstrap.servers", "127.0.0.1:19094")
        .containsEntry("sasl.jaas.config", JAAS);
  }

  @Test
  void withoutSettingsAToolTalksPlaintextToTheLocalBroker() {
    assertThat(ClientSettings.of(Map.of()).kafka(null))
        .containsEntry("bootstrap.servers", "127.0.0.1:9092")
        .doesNotContainKey("security.protocol");
  }

  @Test
  void elasticsearchsCredentialsComeFromTheEnvironmentAndTheNodeFromTheCommandLine() {
    ClientSettings settings =
        ClientSettings.of(
            Map.of(
                "DX_ELASTICSEARCH_URIS", "https://elasticsearch:9200",
                "DX_ELASTICSEARCH_USERNAME", "dx_platform",
                "DX_ELASTICSEARCH_PASSWORD", "es-pw"));

    ElasticsearchProperties fromEnvironment = settings.elasticsearch(null);
    assertThat(fromEnvironment.uris()).containsExactly(URI.create("https://elasticsearch:9200"));
    assertThat(fromEnvironment.username()).isEqualTo("dx_platform");
    assertThat(fromEnvironment.resolvePassword()).isEqualTo("es-pw");

    ElasticsearchProperties elsewhere =
        settings.elasticsearch(URI.create("https://127.0.0.1:19200"));
    assertThat(elsewhere.uris()).containsExactly(URI.create("https://127.0.0.1:19200"));
    assertThat(elsewhere.username()).isEqualTo("dx_platform");
  }

  @Test
  void aToolRefusesWhatAServiceWouldRefuseNamingTheProperty() {
    assertThatThrownBy(
            () ->
                ClientSettings.of(Map.of("DX_ELASTICSEARCH_PASSWORD", "es-pw")).elasticsearch(null))
        .isInstanceOf(InvalidConfigurationPropertyValueException.class)
        .hasMessageContaining("dx.elasticsearch.password")
        .hasMessageNotContaining("es-pw");
    assertThatThrownBy(
            () -> ClientSettings.of(Map.of("SPRING_KAFKA_SSL_BUNDLE", "kafka")).kafka(null))
        .hasMessageContaining("spring.kafka.ssl.bundle");
  }
}
