package vn.dxmonitor.runtime.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams.State;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import vn.dxmonitor.model.recovery.Recovery;
import vn.dxmonitor.testsupport.time.MovableClock;

/**
 * Readiness of a supervised Streams client whose threads fail again and again, as on a full state
 * disk: the client keeps running or rebalancing between failures, yet must not read as ready. Time
 * is a movable clock; the client's state changes and failures are fed in as Kafka Streams would.
 */
class StreamsSupervisorTest {

  private static final Duration SETTLE = Duration.ofMinutes(2);
  private static final Duration WINDOW = Duration.ofMinutes(5);

  private final MovableClock clock = new MovableClock(Instant.parse("2025-09-01T08:00:00Z"));
  private final List<Recovery> journal = new ArrayList<>();
  private final StreamsSupervisor supervisor =
      new StreamsSupervisor(
          "processor",
          new StreamsRecoveryProperties(
              10,
              WINDOW,
              Duration.ofSeconds(1),
              Duration.ofMinutes(1),
              Duration.ofMinutes(5),
              SETTLE),
          clock,
          new SimpleMeterRegistry(),
          journal::add);
  private final StreamsHealth health = new StreamsHealth(supervisor, clock);

  @BeforeEach
  void clientRuns() {
    supervisor.onStateChange(State.REBALANCING, State.CREATED);
    supervisor.onStateChange(State.RUNNING, State.REBALANCING);
  }

  @AfterEach
  void close() {
    supervisor.close();
  }

  @Test
  void aClientInItsFirstRebalanceIsNotReadyUntilItRuns() {
    StreamsSupervisor fresh =
        new StreamsSupervisor(
            "restarted", supervisor.policy(), clock, new SimpleMeterRegistry(), journal::add);
    try {
      StreamsHealth freshHealth = new StreamsHealth(fresh, clock);
      fresh.onStateChange(State.REBALANCING, State.CREATED);
      clock.advance(Duration.ofSeconds(45));

      Health waiting = freshHealth.readiness().health();
      assertThat(waiting.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
      assertThat(waiting.getDetails()).containsKey("starting");

      fresh.onStateChange(State.RUNNING, State.REBALANCING);
      assertThat(freshHealth.readiness().health().getStatus()).isEqualTo(Status.UP);
      // A later rebalance, as another instance joins, leaves a client that has run ready.
      fresh.onStateChange(State.REBALANCING, State.RUNNING);
      assertThat(freshHealth.readiness().health().getStatus()).isEqualTo(Status.UP);
    } finally {
      fresh.close();
    }
  }

  @Test
  void oneThreadFailureAloneLeavesTheClientReady() {
    assertThat(threadFails()).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);

    assertThat(readiness().getStatus()).isEqualTo(Status.UP);
    assertThat(journal).extracting(Recovery::action).containsExactly(Recovery.THREAD_REPLACED);
  }

  @Test
  void twoThreadFailuresWithinTheWindowMakeTheRunningClientNotReady() {
    threadFails();
    clock.advance(Duration.ofSeconds(40));
    threadFails();

    assertThat(supervisor.state()).isEqualTo(State.RUNNING);
    Health readiness = readiness();
    assertThat(readiness.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    assertThat(readiness.getDetails())
        .containsEntry("state", "RUNNING")
        .containsEntry(
            "settling",
            "repeated thread failures; ready at 2025-09-01T08:02:40Z if none fails again");
    // The recoveries themselves are recorded as before: each thread was replaced.
    assertThat(journal)
        .extracting(Recovery::action)
        .containsExactly(Recovery.THREAD_REPLACED, Recovery.THREAD_REPLACED);
  }

  @Test
  void aClientThatRunsForTheSettlePeriodWithoutFailureIsReadyAgain() {
    threadFails();
    threadFails();
    clock.advance(SETTLE.minusSeconds(1));
    assertThat(readiness().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

    clock.advance(Duration.ofSeconds(1));

    assertThat(readiness().getStatus()).isEqualTo(Status.UP);
    assertThat(readiness().getDetails()).doesNotContainKey("settling");
  }

  @Test
  void aFailureDuringTheSettleStartsItAgain() {
    threadFails();
    threadFails();
    clock.advance(Duration.ofSeconds(90));

    threadFails();
    clock.advance(Duration.ofSeconds(60));
    assertThat(readiness().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    clock.advance(Duration.ofSeconds(59));
    assertThat(readiness().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

    clock.advance(Duration.ofSeconds(1));
    assertThat(readiness().getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void theSettleCountsFromWhenTheClientRunsAgainAfterARestart() {
    threadFails();
    threadFails();
    supervisor.onStateChange(State.PENDING_ERROR, State.RUNNING);
    supervisor.onStateChange(State.ERROR, State.PENDING_ERROR);
    clock.advance(Duration.ofMinutes(3));
    assertThat(readiness().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    assertThat(readiness().getDetails())
        .containsEntry("settling", "repeated thread failures; waiting for the client to run again");

    supervisor.onStateChange(State.REBALANCING, State.CREATED);
    clock.advance(Duration.ofSeconds(10));
    supervisor.onStateChange(State.RUNNING, State.REBALANCING);
    clock.advance(SETTLE.minusSeconds(11));
    assertThat(readiness().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

    clock.advance(Duration.ofSeconds(1));
    assertThat(readiness().getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void failuresFurtherApartThanTheWindowLeaveTheClientReady() {
    threadFails();
    clock.advance(WINDOW.plusSeconds(1));

    threadFails();

    assertThat(readiness().getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void onceSettledASingleFurtherFailureLeavesTheClientReady() {
    threadFails();
    threadFails();
    clock.advance(SETTLE);
    assertThat(readiness().getStatus()).isEqualTo(Status.UP);

    clock.advance(Duration.ofSeconds(30));
    threadFails();

    assertThat(readiness().getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void aNegativeSettleIsRefusedByName() {
    assertThatThrownBy(
            () ->
                new StreamsRecoveryProperties(
                    10,
                    WINDOW,
                    Duration.ofSeconds(1),
                    Duration.ofMinutes(1),
                    Duration.ofMinutes(5),
                    Duration.ofSeconds(-1)))
        .isInstanceOf(InvalidConfigurationPropertyValueException.class)
        .hasMessageContaining("dx.streams.recovery.settle");
  }

  /** A stream thread fails and is replaced: the client rebalances and runs again. */
  private StreamThreadExceptionResponse threadFails() {
    StreamThreadExceptionResponse response =
        supervisor.onThreadFailure(
            new IllegalStateException(
                "Error writing to the state store", new IOException("No space left")));
    supervisor.onStateChange(State.REBALANCING, State.RUNNING);
    supervisor.onStateChange(State.RUNNING, State.REBALANCING);
    return response;
  }

  private Health readiness() {
    return health.readiness().health();
  }
}
