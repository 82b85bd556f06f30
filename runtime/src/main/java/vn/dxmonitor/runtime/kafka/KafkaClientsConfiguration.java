package vn.dxmonitor.runtime.kafka;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes sure the Kafka settings reach every client the platform makes itself — the catalog view,
 * the recovery journal, the dead-letter queue, ingest's publishers and broker probe, the alerting
 * engine's Streams, the command-line tools. Those are configured from {@link KafkaProperties}'
 * {@code build*Properties()}, which carry {@code spring.kafka.security.*}, {@code
 * spring.kafka.ssl.*} (key and trust stores, PEM or not) and {@code spring.kafka.properties.*} (the
 * SASL settings) — but not an SSL bundle: Spring Boot 4 applies a bundle only to the clients it
 * makes. A bundle would secure half the connections and leave the rest failing their handshakes, so
 * it is refused at start, naming the property and what to set instead.
 */
@Configuration(proxyBeanMethods = false)
public class KafkaClientsConfiguration {

  @Bean
  InitializingBean kafkaSecurityReachesEveryClient(ObjectProvider<KafkaProperties> kafka) {
    return () -> kafka.ifAvailable(KafkaClientsConfiguration::refuseSslBundles);
  }

  /**
   * @throws InvalidConfigurationPropertyValueException naming the first SSL bundle set
   */
  public static void refuseSslBundles(KafkaProperties kafka) {
    Map<String, String> bundles = new LinkedHashMap<>();
    bundles.put("spring.kafka.ssl.bundle", kafka.getSsl().getBundle());
    bundles.put("spring.kafka.consumer.ssl.bundle", kafka.getConsumer().getSsl().getBundle());
    bundles.put("spring.kafka.producer.ssl.bundle", kafka.getProducer().getSsl().getBundle());
    bundles.put("spring.kafka.admin.ssl.bundle", kafka.getAdmin().getSsl().getBundle());
    bundles.put("spring.kafka.streams.ssl.bundle", kafka.getStreams().getSsl().getBundle());
    bundles.forEach(
        (name, bundle) -> {
          if (bundle != null && !bundle.isBlank()) {
            throw new InvalidConfigurationPropertyValueException(
                name,
                bundle,
                "the platform's own Kafka clients cannot use an SSL bundle; set"
                    + " spring.kafka.ssl.trust-store-location (and trust-store-type PEM for a PEM"
                    + " file) instead, once for every client (docs/operations.md, Hardening)");
          }
        });
  }
}
