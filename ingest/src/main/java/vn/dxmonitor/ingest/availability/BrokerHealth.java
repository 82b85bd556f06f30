package vn.dxmonitor.ingest.availability;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Readiness of ingest: it can store events only while the broker is reachable. */
public final class BrokerHealth implements HealthIndicator {

  private final BrokerCircuit circuit;

  public BrokerHealth(BrokerCircuit circuit) {
    this.circuit = circuit;
  }

  @Override
  public Health health() {
    Health.Builder health = circuit.available() ? Health.up() : Health.outOfService();
    health
        .withDetail("broker", circuit.state().name())
        .withDetail("since", circuit.since().toString());
    if (!circuit.reason().isEmpty()) {
      health.withDetail("reason", circuit.reason());
    }
    return health.build();
  }
}
