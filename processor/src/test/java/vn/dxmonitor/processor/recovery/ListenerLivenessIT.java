package vn.dxmonitor.processor.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import vn.dxmonitor.runtime.kafka.ListenerLiveness;
import vn.dxmonitor.testsupport.time.MovableClock;

/**
 * A listener whose consumer thread dies for good on a real broker — a group with no committed
 * offset and no reset policy, a fatal error the container does not retry — keeps the process up;
 * liveness turns {@code DOWN} once the grace has passed, naming the listener, and {@code UP} again
 * when it runs.
 */
@EmbeddedKafka(partitions = 1)
class ListenerLivenessIT {

  private static final Duration GRACE = Duration.ofMinutes(5);

  private final String run = "listener-" + UUID.randomUUID().toString().substring(0, 8);
  private final MovableClock clock = new MovableClock(Instant.parse("2026-06-01T02:00:00Z"));
  private KafkaMessageListenerContainer<String, String> container;

  @AfterEach
  void stop() {
    if (container != null) {
      container.stop();
    }
  }

  @Test
  void aDeadListenerIsNotAlivePastTheGraceAndAliveAgainOnceItRuns(EmbeddedKafkaBroker broker)
      throws Exception {
    broker.addTopics(run);
    container = container(broker);
    ListenerLiveness liveness = new ListenerLiveness(() -> List.of(container), GRACE, clock);
    container.start();

    // The consumer finds no offset and may not reset: its thread ends, the process stays
    await().atMost(Duration.ofSeconds(30)).until(() -> !container.isRunning());
    Health noticed = liveness.health();
    assertThat(noticed.getStatus()).isEqualTo(Status.UP);
    assertThat(listeners(noticed)).containsEntry(run, "stopped since " + clock.instant());

    clock.advance(GRACE.minusSeconds(1));
    assertThat(liveness.health().getStatus()).isEqualTo(Status.UP);
    clock.advance(Duration.ofSeconds(1));
    Health dead = liveness.health();
    assertThat(dead.getStatus()).isEqualTo(Status.DOWN);
    assertThat(listeners(dead)).containsKey(run);

    // With an offset to start from, the listener runs again and liveness follows
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
      admin
          .alterConsumerGroupOffsets(
              run, Map.of(new TopicPartition(run, 0), new OffsetAndMetadata(0)))
          .all()
          .get();
    }
    container.start();
    await().atMost(Duration.ofSeconds(30)).until(() -> container.isRunning());
    Health alive = liveness.health();
    assertThat(alive.getStatus()).isEqualTo(Status.UP);
    assertThat(listeners(alive)).containsEntry(run, "running");
  }

  @Test
  void aListenerSwitchedOffByConfigurationIsNotExpectedToRun(EmbeddedKafkaBroker broker) {
    container = container(broker);
    container.setAutoStartup(false);
    ListenerLiveness liveness = new ListenerLiveness(() -> List.of(container), GRACE, clock);

    liveness.health();
    clock.advance(GRACE.plusMinutes(1));

    assertThat(liveness.health().getStatus()).isEqualTo(Status.UP);
  }

  private KafkaMessageListenerContainer<String, String> container(EmbeddedKafkaBroker broker) {
    DefaultKafkaConsumerFactory<String, String> consumers =
        new DefaultKafkaConsumerFactory<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG,
                run,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "none"),
            new StringDeserializer(),
            new StringDeserializer());
    ContainerProperties properties = new ContainerProperties(run);
    properties.setMessageListener((MessageListener<String, String>) record -> {});
    KafkaMessageListenerContainer<String, String> made =
        new KafkaMessageListenerContainer<>(consumers, properties);
    made.setBeanName(run);
    return made;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> listeners(Health health) {
    return (Map<String, Object>) health.getDetails().get("listeners");
  }
}
