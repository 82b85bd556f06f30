package vn.dxmonitor.platform.cli;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import vn.dxmonitor.runtime.elasticsearch.ElasticsearchProperties;
import vn.dxmonitor.runtime.kafka.KafkaClientsConfiguration;

/**
 * What a command-line tool knows of Kafka and Elasticsearch beyond its arguments: the services' own
 * settings — {@code spring.kafka.*} (bootstrap servers, {@code security.protocol}, SASL, TLS) and
 * {@code dx.elasticsearch.*} (nodes, credentials, CA) — read from its environment variables and
 * {@code -D} system properties by Spring Boot's rules. So a tool reaches a cluster with SASL, TLS
 * or passwords as the services do (run inside the compose deployment's {@code init} container, it
 * has their settings already). An address given on the command line wins over the environment's.
 */
final class ClientSettings {

  static final String LOCAL_BROKER = "127.0.0.1:9092";

  private final Binder binder;

  private ClientSettings(Binder binder) {
    this.binder = binder;
  }

  static ClientSettings fromEnvironment() {
    return new ClientSettings(Binder.get(new StandardEnvironment()));
  }

  /** As if these were the process's environment variables, and nothing else were set. */
  static ClientSettings of(Map<String, String> environment) {
    StandardEnvironment settings = new StandardEnvironment();
    settings
        .getPropertySources()
        .remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
    settings
        .getPropertySources()
        .replace(
            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
            new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new HashMap<>(environment)));
    return new ClientSettings(Binder.get(settings));
  }

  /**
   * The connection settings of every Kafka client a tool makes: bootstrap servers, security
   * protocol, SASL and TLS, and any other {@code spring.kafka.properties.*} a client takes; no
   * serializers or group ids, which each tool sets for itself.
   *
   * @param bootstrapServers the brokers given on the command line, or null for the environment's
   *     ({@code SPRING_KAFKA_BOOTSTRAP_SERVERS}), else {@value #LOCAL_BROKER}
   */
  Map<String, Object> kafka(String bootstrapServers) {
    KafkaProperties kafka = bind("spring.kafka", Bindable.ofInstance(new KafkaProperties()));
    KafkaClientsConfiguration.refuseSslBundles(kafka);
    Map<String, Object> connection = new HashMap<>(kafka.buildAdminProperties());
    connection.keySet().retainAll(AdminClientConfig.configNames());
    boolean configured =
        binder.bind("spring.kafka.bootstrap-servers", Bindable.listOf(String.class)).isBound();
    connection.put(
        CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
        bootstrapServers != null
            ? bootstrapServers
            : configured ? String.join(",", kafka.getBootstrapServers()) : LOCAL_BROKER);
    return connection;
  }

  /**
   * How to reach Elasticsearch: {@code dx.elasticsearch.*} as the services read it.
   *
   * @param uri the node given on the command line, or null for the environment's
   */
  ElasticsearchProperties elasticsearch(URI uri) {
    ElasticsearchProperties properties;
    try {
      properties = binder.bindOrCreate("dx.elasticsearch", ElasticsearchProperties.class);
    } catch (BindException e) {
      // The property and why, not the binder's wrapping of it.
      if (NestedExceptionUtils.getMostSpecificCause(e) instanceof RuntimeException reason) {
        throw reason;
      }
      throw e;
    }
    return uri == null ? properties : properties.withUris(List.of(uri));
  }

  private <T> T bind(String prefix, Bindable<T> target) {
    return binder.bind(prefix, target).orElseGet(() -> target.getValue().get());
  }
}
