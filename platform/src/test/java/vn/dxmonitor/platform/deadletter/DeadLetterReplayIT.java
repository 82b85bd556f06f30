package vn.dxmonitor.platform.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.platform.support.PlatformApi;
import vn.dxmonitor.platform.support.PlatformInfrastructure;
import vn.dxmonitor.platform.support.PlatformTest;
import vn.dxmonitor.runtime.deadletter.DeadLetterQueue;
import vn.dxmonitor.runtime.deadletter.Letter;
import vn.dxmonitor.runtime.deadletter.ReplayOutcome;
import vn.dxmonitor.runtime.deadletter.Selection;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.runtime.kafka.TopicSnapshot;
import vn.dxmonitor.runtime.kafka.Topics;

/**
 * The dead-letter queue worked end to end on a real broker, with the whole platform in one JVM:
 * events for an indicator the catalog does not have yet are dead-lettered, listed by reason, and —
 * once an administrator adds the indicator — replayed; each is counted exactly once, however often
 * it is replayed and even when its source sent it again meanwhile.
 */
@PlatformTest
class DeadLetterReplayIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String QUY_NHON = "21583";
  private static final String INDICATOR = "dlt-fix-" + RUN;
  private static final String UNKNOWN_INDICATOR = "unknown-indicator";
  private static final Instant YESTERDAY =
      Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
  private static final Instant ACCEPTED = Instant.now().minus(Duration.ofHours(3));

  private static Path adminKeyFile;

  @LocalServerPort int port;

  @Value("${spring.embedded.kafka.brokers}")
  String brokers;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) throws Exception {
    adminKeyFile = PlatformInfrastructure.register(registry, "dlt-" + RUN);
  }

  @Test
  void aFixedDeadLetterIsReplayedOnceAndCountedExactlyOnce() throws Exception {
    DeadLetterQueue queue =
        new DeadLetterQueue(
            Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, brokers), Clock.systemUTC());
    PlatformApi api = new PlatformApi(port, adminKeyFile);

    // Given two events for an indicator the catalog does not know yet, accepted three hours ago
    send(event("a"), ACCEPTED);
    send(event("b"), ACCEPTED);

    // Then both are dead letters, grouped under their reason, with the event read out of them
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(queue.read()).hasSize(2));
    List<Letter> letters = queue.read();
    assertThat(DeadLetterQueue.countByReason(letters))
        .containsExactly(Map.entry(UNKNOWN_INDICATOR, 2L));
    assertThat(letters)
        .allSatisfy(
            letter -> {
              assertThat(letter.key()).isEqualTo(QUY_NHON);
              assertThat(letter.indicator()).isEqualTo(INDICATOR);
              assertThat(letter.reason()).startsWith(UNKNOWN_INDICATOR);
              assertThat(letter.timestamp()).isEqualTo(ACCEPTED.truncatedTo(ChronoUnit.MILLIS));
              assertThat(letter.replayed()).isFalse();
            });
    assertThat(letters).extracting(Letter::eventId).containsExactlyInAnyOrder(id("a"), id("b"));

    // When an administrator adds the indicator, and the source sends "b" again meanwhile
    HttpResponse<String> added =
        api.send("POST", "/api/v1/indicators", "application/json", indicator());
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () -> {
              send(event("probe"), Instant.now());
              assertThat(events()).isGreaterThanOrEqualTo(1);
            });
    long before = events();
    send(event("b"), Instant.now());
    await().atMost(Duration.ofSeconds(60)).until(() -> events() == before + 1);

    // And both letters are replayed
    ReplayOutcome first = queue.replay(Selection.reason(UNKNOWN_INDICATOR), "user:tester");

    // Then "a" counts, and "b", counted already, does not count again
    assertThat(first.replayed()).hasSize(2);
    assertThat(first.alreadyReplayed()).isEmpty();
    await().atMost(Duration.ofSeconds(60)).until(() -> events() == before + 2);
    sendSentinel("after-first-replay");
    await().atMost(Duration.ofSeconds(60)).until(() -> events() == before + 3);

    // And the replays went out as the original records: key, bytes and timestamp kept, the reason
    // dropped, where they came from added
    List<ConsumerRecord<byte[], byte[]>> replayed = replayedRecords();
    assertThat(replayed).hasSize(2);
    assertThat(replayed)
        .allSatisfy(
            record -> {
              assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(QUY_NHON);
              assertThat(record.timestamp()).isEqualTo(ACCEPTED.toEpochMilli());
              assertThat(record.headers().lastHeader(Topics.ERROR_HEADER)).isNull();
              assertThat(record.headers().lastHeader(Topics.ERROR_CODE_HEADER)).isNull();
              assertThat(record.headers().lastHeader("origin").value())
                  .isEqualTo("test".getBytes(StandardCharsets.UTF_8));
            });
    assertThat(replayed)
        .extracting(record -> header(record, Topics.REPLAYED_FROM_HEADER))
        .containsExactlyInAnyOrderElementsOf(
            letters.stream().map(letter -> letter.id().replayedFrom()).toList());

    // And each letter shows who replayed it; a second replay of every letter sends nothing
    assertThat(queue.read())
        .allSatisfy(letter -> assertThat(letter.replay().by()).isEqualTo("user:tester"));
    ReplayOutcome second = queue.replay(Selection.everything(), "user:tester");
    assertThat(second.replayed()).isEmpty();
    assertThat(second.alreadyReplayed()).hasSize(2);
    assertThat(replayedRecords()).hasSize(2);

    // And should a replay get through twice anyway (two people at the same instant), the processor
    // still counts the event once
    Letter a = letters.stream().filter(l -> l.eventId().equals(id("a"))).findFirst().orElseThrow();
    try (KafkaProducer<String, byte[]> producer = producer()) {
      producer
          .send(
              new ProducerRecord<>(
                  Topics.METRIC_EVENTS.name(),
                  null,
                  a.timestamp().toEpochMilli(),
                  a.key(),
                  a.raw()))
          .get();
    }
    sendSentinel("after-duplicate");
    await().atMost(Duration.ofSeconds(60)).until(() -> events() == before + 4);
    assertThat(queue.read()).hasSize(2);
  }

  private void sendSentinel(String name) throws Exception {
    send(event(name), Instant.now());
  }

  private void send(String json, Instant timestamp) throws Exception {
    try (KafkaProducer<String, byte[]> producer = producer()) {
      ProducerRecord<String, byte[]> record =
          new ProducerRecord<>(
              Topics.METRIC_EVENTS.name(),
              null,
              timestamp.toEpochMilli(),
              QUY_NHON,
              json.getBytes(StandardCharsets.UTF_8));
      record.headers().add("origin", "test".getBytes(StandardCharsets.UTF_8));
      producer.send(record).get();
    }
  }

  private KafkaProducer<String, byte[]> producer() {
    return new KafkaProducer<>(
        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers, ProducerConfig.ACKS_CONFIG, "all"),
        new StringSerializer(),
        new ByteArraySerializer());
  }

  /** How many events the commune's value counts, from the latest record on the values topic. */
  private long events() {
    String key = QUY_NHON + "|" + INDICATOR;
    JsonNode[] latest = new JsonNode[1];
    TopicSnapshot.read(
        Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, brokers),
        Topics.INDICATOR_VALUES.name(),
        record -> {
          if (record.key() != null
              && key.equals(new String(record.key(), StandardCharsets.UTF_8))
              && record.value() != null) {
            latest[0] = JsonCodec.mapper().readTree(record.value());
          }
        });
    if (latest[0] == null) {
      return 0;
    }
    assertThat(latest[0].get("denominator").longValue())
        .isEqualTo(latest[0].get("events").longValue());
    return latest[0].get("events").longValue();
  }

  private List<ConsumerRecord<byte[], byte[]>> replayedRecords() {
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    TopicSnapshot.read(
        Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, brokers),
        Topics.METRIC_EVENTS.name(),
        record -> {
          if (record.headers().lastHeader(Topics.REPLAYED_FROM_HEADER) != null) {
            records.add(record);
          }
        });
    return records;
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String key) {
    Header header = record.headers().lastHeader(key);
    return new String(header.value(), StandardCharsets.UTF_8);
  }

  private static String id(String name) {
    return RUN + "-" + name;
  }

  private static String event(String name) {
    return String.format(
        "{\"eventId\":\"%s\",\"unit\":\"%s\",\"indicator\":\"%s\",\"occurredAt\":\"%s\","
            + "\"numerator\":1,\"denominator\":1}",
        id(name), QUY_NHON, INDICATOR, YESTERDAY);
  }

  private static String indicator() {
    return String.format(
        "{\"id\":\"%s\",\"nameVi\":\"Hồ sơ thử nghiệm\",\"nameEn\":\"Test records\","
            + "\"pillar\":\"digital-government\",\"kind\":\"ratio-of-counts\","
            + "\"unitOfMeasure\":\"percent\",\"lowerIsBetter\":false,\"windowDays\":30,"
            + "\"cadence\":\"P7D\",\"rollup\":\"sum\",\"numerator\":\"hồ sơ trực tuyến\","
            + "\"denominator\":\"tổng số hồ sơ\"}",
        INDICATOR);
  }
}
