package vn.dxmonitor.alerting.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertingPropertiesTest {

  @Test
  void anAllowedWebhookHostWrittenAsAUrlStopsStartUpNamingTheProperty() {
    assertThatThrownBy(() -> delivery(List.of("10.0.0.5", "http://relay.dx.test:8080")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dx.alerting.delivery.allowed-webhook-hosts[1]")
        .hasMessageContaining("'http://relay.dx.test:8080'");
  }

  @Test
  void anAllowedWebhookHostWithAPortIsRefused() {
    assertThatThrownBy(() -> delivery(List.of("relay.dx.test:8080")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dx.alerting.delivery.allowed-webhook-hosts[0]");
  }

  @Test
  void hostNamesAndAddressesOfEitherFamilyAreAllowedHosts() {
    assertThat(
            delivery(List.of("relay.dx.test", "10.0.0.5", "[fd00::5]", "::1"))
                .allowedWebhookHosts())
        .hasSize(4);
  }

  private static AlertingProperties.Delivery delivery(List<String> allowed) {
    return new AlertingProperties.Delivery(
        true,
        5,
        Duration.ofSeconds(1),
        Duration.ofSeconds(30),
        Duration.ofSeconds(10),
        "dx@localhost",
        allowed);
  }
}
