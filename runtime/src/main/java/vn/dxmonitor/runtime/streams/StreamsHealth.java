package vn.dxmonitor.runtime.streams;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * What a supervised Kafka Streams client tells an orchestrator: ready as {@link
 * StreamsSupervisor#ready()} decides, not ready otherwise; alive unless it has stayed in {@code
 * ERROR} (or down after having run) for longer than the liveness grace — by then the supervisor's
 * own restarts have failed, and a fresh process is the next thing to try.
 */
public final class StreamsHealth {

  private final StreamsSupervisor supervisor;
  private final Clock clock;

  public StreamsHealth(StreamsSupervisor supervisor, Clock clock) {
    this.supervisor = supervisor;
    this.clock = clock;
  }

  /** For the readiness group. */
  public HealthIndicator readiness() {
    return () -> {
      boolean settled = supervisor.settled();
      Health.Builder health = supervisor.ready() ? Health.up() : Health.outOfService();
      details(health);
      if (!supervisor.hasRun()) {
        health.withDetail("starting", "has not run since it started: waiting for its partitions");
      }
      if (!settled) {
        Instant settlesAt = supervisor.settlesAt();
        health.withDetail(
            "settling",
            settlesAt == null
                ? "repeated thread failures; waiting for the client to run again"
                : "repeated thread failures; ready at " + settlesAt + " if none fails again");
      }
      return health.build();
    };
  }

  /** For the liveness group. */
  public HealthIndicator liveness() {
    return () -> {
      KafkaStreams.State state = supervisor.state();
      boolean failed =
          state == KafkaStreams.State.ERROR
              || state == KafkaStreams.State.PENDING_ERROR
              || state == KafkaStreams.State.NOT_RUNNING
              || state == KafkaStreams.State.PENDING_SHUTDOWN;
      Duration grace = supervisor.policy().livenessGrace();
      boolean tooLong = failed && supervisor.since().plus(grace).isBefore(clock.instant());
      return details(tooLong ? Health.down() : Health.up())
          .withDetail("livenessGrace", grace.toString())
          .build();
    };
  }

  private Health.Builder details(Health.Builder health) {
    Instant since = supervisor.since();
    health.withDetail("client", supervisor.client());
    health.withDetail("state", supervisor.state().name());
    health.withDetail("since", since.toString());
    if (supervisor.lastError() != null) {
      health.withDetail("lastError", supervisor.lastError());
    }
    return health;
  }
}
