package vn.dxmonitor.dashboard.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import vn.dxmonitor.dashboard.support.Http;
import vn.dxmonitor.runtime.kafka.Topics;
import vn.dxmonitor.testsupport.time.MovableClock;

/**
 * What the submission tests share: a plan asking Gia Lai's communes for their households' fibre
 * coverage every quarter until 2027, the people who report and verify it, and a reader of the
 * events topic to see what was published.
 */
final class SubmissionFixture {

  static final String QUY_NHON = "21583";
  static final String OTHER_COMMUNE = "21589";
  static final String INDICATOR = "fiber-coverage-households";

  /** 10:00 in Vietnam on 10 December 2026, five days before the fourth quarter's deadline. */
  static final Instant NOW = Instant.parse("2026-12-10T03:00:00Z");

  /** The tests' clock, at {@link #NOW} until a test moves it. */
  @TestConfiguration
  static class FixedDay {
    @Bean
    @Primary
    MovableClock submissionDay() {
      return new MovableClock(NOW);
    }
  }

  private SubmissionFixture() {}

  static void plan(Http admin, String run) throws Exception {
    HttpResponse<String> plan =
        admin.post(
            "/api/v1/plans",
            "application/json",
            """
            {"id": "fiber-%s", "name": "Phủ cáp quang hộ gia đình", "province": "gia-lai",
             "issuedAt": "2026-01-01", "source": "submissions test", "issuedFor": ["52"],
             "targets": [{"indicator": "%s", "level": "commune", "comparator": ">=",
                          "value": 95, "deadline": "2027-12-31"}]}
            """
                .formatted(run, INDICATOR));
    assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);
  }

  static void account(Http admin, String name, String role, String unit, String password)
      throws Exception {
    HttpResponse<String> made =
        admin.post(
            "/api/v1/accounts",
            "application/json",
            String.format(
                "{\"name\":\"%s\",\"role\":\"%s\",\"units\":[\"%s\"],\"password\":\"%s\"}",
                name, role, unit, password));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
  }

  /** The events of the unit on the events topic, read to its end. */
  static List<ConsumerRecord<String, String>> eventsFor(EmbeddedKafkaBroker broker, String unit) {
    Map<String, Object> config =
        KafkaTestUtils.consumerProps(broker.getBrokersAsString(), "reader-" + UUID.randomUUID());
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    List<ConsumerRecord<String, String>> events = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(Topics.METRIC_EVENTS.name()).stream()
              .map(info -> new TopicPartition(info.topic(), info.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("the events topic was not read to its end in 30 s");
        }
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          if (record.value().contains("\"unit\":\"" + unit + "\"")) {
            events.add(record);
          }
        }
      }
    }
    return events;
  }
}
