package vn.dxmonitor.dashboard.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.dashboard.DashboardProperties;

class LiveClientsTest {

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final LiveClients clients =
      new LiveClients(
          new DashboardProperties(Duration.ofMinutes(30), Duration.ofSeconds(15), 20), meters);

  @AfterEach
  void stop() {
    clients.stop();
  }

  @Test
  void connectedBrowsersAreCountedInAGauge() {
    clients.start();

    clients.connect();
    clients.connect();

    assertThat(clients.size()).isEqualTo(2);
    assertThat(meters.get("dx.dashboard.stream.clients").gauge().value()).isEqualTo(2.0);
  }

  @Test
  void stoppingEndsEveryStreamSoTheServerCanShutDownAtOnce() {
    clients.start();
    clients.connect();

    clients.stop();

    assertThat(clients.size()).isZero();
    assertThat(clients.isRunning()).isFalse();
  }
}
