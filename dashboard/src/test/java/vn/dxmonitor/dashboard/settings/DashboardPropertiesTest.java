package vn.dxmonitor.dashboard.settings;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

class DashboardPropertiesTest {

  @Test
  void aZeroHeartbeatStopsStartUpNamingTheProperty() {
    assertThatThrownBy(
            () -> new DashboardProperties(Duration.ofMinutes(30), Duration.ZERO, 20, 1000))
        .isInstanceOf(InvalidConfigurationPropertyValueException.class)
        .hasMessageContaining("dx.dashboard.heartbeat");
  }

  @Test
  void aNegativeStreamTimeoutStopsStartUpNamingTheProperty() {
    assertThatThrownBy(
            () -> new DashboardProperties(Duration.ofSeconds(-1), Duration.ofSeconds(15), 20, 1000))
        .isInstanceOf(InvalidConfigurationPropertyValueException.class)
        .hasMessageContaining("dx.dashboard.stream-timeout");
  }
}
