package vn.dxmonitor.runtime.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class SecurityObservationsTest {

  private final ApplicationContextRunner contexts =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class))
          .withUserConfiguration(Handler.class, SecurityObservations.class);

  @Test
  void theFilterChainsAreNotObservedButRequestsStillAre() {
    contexts.run(
        context -> {
          ObservationRegistry registry = context.getBean(ObservationRegistry.class);

          assertThat(Observation.start("spring.security.filterchains", registry).isNoop()).isTrue();
          assertThat(Observation.start("spring.security.authorizations", registry).isNoop())
              .isTrue();
          assertThat(Observation.start("http.server.requests", registry).isNoop()).isFalse();
        });
  }

  @Test
  void anOperatorWhoTracesTheChainsTurnsThemBackOn() {
    contexts
        .withPropertyValues("management.observations.enable.spring.security=true")
        .run(
            context -> {
              ObservationRegistry registry = context.getBean(ObservationRegistry.class);

              assertThat(Observation.start("spring.security.filterchains", registry).isNoop())
                  .isFalse();
            });
  }

  /** A handler for every observation, as the services' meter registry adds one. */
  @Configuration(proxyBeanMethods = false)
  static class Handler {

    @Bean
    ObservationHandler<Observation.Context> everything() {
      return context -> true;
    }
  }
}
