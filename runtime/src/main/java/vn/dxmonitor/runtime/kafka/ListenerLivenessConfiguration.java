package vn.dxmonitor.runtime.kafka;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/** The liveness of every Kafka listener of the process, as {@code kafkaListenersLiveness}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ListenerLivenessProperties.class)
public class ListenerLivenessConfiguration {

  @Bean
  HealthIndicator kafkaListenersLiveness(
      ObjectProvider<KafkaListenerEndpointRegistry> registry,
      ListenerLivenessProperties properties,
      Clock clock) {
    return new ListenerLiveness(
        () -> {
          KafkaListenerEndpointRegistry listeners = registry.getIfAvailable();
          return listeners == null ? List.of() : listeners.getListenerContainers();
        },
        properties.livenessGrace(),
        clock);
  }
}
