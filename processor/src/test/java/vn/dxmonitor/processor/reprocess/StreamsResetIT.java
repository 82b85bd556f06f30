package vn.dxmonitor.processor.reprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/** Resetting the processor on a real broker, and reading its progress back. */
@EmbeddedKafka(partitions = 2)
class StreamsResetIT {

  private final String app = "app-" + UUID.randomUUID().toString().substring(0, 8);
  private final String input = app + "-input";
  private final EmbeddedKafkaBroker broker;
  private Admin admin;

  StreamsResetIT(EmbeddedKafkaBroker broker) {
    this.broker = broker;
  }

  @BeforeEach
  void connect() throws Exception {
    admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()));
    admin
        .createTopics(
            List.of(
                new NewTopic(input, 2, (short) 1),
                new NewTopic(app + "-indicator-state-changelog", 2, (short) 1),
                new NewTopic(app + "-contributions-repartition", 2, (short) 1),
                new NewTopic(app + "-output", 2, (short) 1)))
        .all()
        .get();
    try (var producer =
        new KafkaProducer<>(
            KafkaTestUtils.producerProps(broker), new StringSerializer(), new StringSerializer())) {
      for (int i = 0; i < 10; i++) {
        producer.send(new ProducerRecord<>(input, i % 2, "k", "v" + i));
      }
      producer.flush();
    }
  }

  @AfterEach
  void close() {
    admin.close();
  }

  @Test
  void progressIsWhatTheGroupCommittedOfWhatThereIs() throws Exception {
    commit(Map.of(new TopicPartition(input, 0), 3L, new TopicPartition(input, 1), 1L));

    ProcessingProgress.Progress progress = new ProcessingProgress(admin).of(app, input);

    assertThat(progress.consumed()).isEqualTo(4);
    assertThat(progress.total()).isEqualTo(10);
    assertThat(progress.isDone()).isFalse();
  }

  @Test
  void aResetDeletesTheGroupTheInternalTopicsAndTheLocalStateAndNothingElse() throws Exception {
    commit(Map.of(new TopicPartition(input, 0), 5L, new TopicPartition(input, 1), 5L));
    Path stateDir = Files.createTempDirectory("dx-reset");
    Files.createDirectories(stateDir.resolve(app).resolve("1_0"));
    Files.writeString(stateDir.resolve(app).resolve("1_0").resolve("data"), "state");
    Files.createDirectories(stateDir.resolve("another-app"));

    StreamsReset.Outcome outcome = new StreamsReset(admin).reset(app, stateDir);

    assertThat(outcome.groupDeleted()).isTrue();
    assertThat(outcome.stateDeleted()).isTrue();
    assertThat(outcome.topicsDeleted())
        .containsExactly(app + "-contributions-repartition", app + "-indicator-state-changelog");
    assertThat(admin.listTopics().names().get()).contains(input, app + "-output");
    assertThat(stateDir.resolve(app)).doesNotExist();
    assertThat(stateDir.resolve("another-app")).exists();
    assertThat(new ProcessingProgress(admin).of(app, input).consumed()).isZero();
  }

  @Test
  void aResetIsRefusedWhileTheProcessorRuns() throws Exception {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
    config.put(ConsumerConfig.GROUP_ID_CONFIG, app);
    try (var running =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
      running.subscribe(List.of(input));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (running.assignment().isEmpty() && System.nanoTime() < deadline) {
        running.poll(Duration.ofMillis(200));
      }

      assertThatThrownBy(
              () -> new StreamsReset(admin).reset(app, Files.createTempDirectory("dx-reset")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("still running")
          .hasMessageContaining(app);
    }
    assertThat(admin.listTopics().names().get()).contains(app + "-indicator-state-changelog");
  }

  private void commit(Map<TopicPartition, Long> offsets) throws Exception {
    admin
        .alterConsumerGroupOffsets(
            app,
            offsets.entrySet().stream()
                .collect(
                    java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, entry -> new OffsetAndMetadata(entry.getValue()))))
        .all()
        .get();
    assertThat(admin.listConsumerGroupOffsets(app).partitionsToOffsetAndMetadata().get())
        .containsKeys(offsets.keySet().toArray(TopicPartition[]::new));
    assertThat(Set.copyOf(offsets.keySet())).hasSize(2);
  }
}
