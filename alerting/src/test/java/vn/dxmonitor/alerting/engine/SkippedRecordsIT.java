package vn.dxmonitor.alerting.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dxmonitor.alerting.AlertingApplication;
import vn.dxmonitor.alerting.support.Values;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.runtime.kafka.TopicSnapshot;
import vn.dxmonitor.runtime.kafka.Topics;
import vn.dxmonitor.testsupport.elasticsearch.SharedElasticsearch;

/**
 * Records the alerting engine cannot use are skipped, and the engine goes on; but each is counted
 * in {@code dx.alerting.streams.skipped} and logged once with where it was and why, never dropped
 * without a trace. Real broker, the engine's own Kafka Streams configuration.
 */
@SpringBootTest(
    classes = AlertingApplication.class,
    properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
@DirtiesContext
@EmbeddedKafka(
    partitions = 1,
    // One broker: the transaction log the configuration's audited writes use has one replica.
    brokerProperties = {
      "transaction.state.log.replication.factor=1",
      "transaction.state.log.min.isr=1"
    })
@ExtendWith(OutputCaptureExtension.class)
class SkippedRecordsIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String AN_LAO = "21609";
  private static final String NOWHERE = "99999";

  @Autowired EmbeddedKafkaBroker broker;
  @Autowired MeterRegistry meters;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("dx.elasticsearch.uris", SharedElasticsearch::uri);
    registry.add("dx.elasticsearch.index-prefix", () -> "skipped-" + RUN + "-");
    registry.add("dx.alerting.state-dir", () -> "target/skipped-it-" + RUN);
  }

  @Test
  void recordsTheEngineCannotUseAreCountedAndLoggedOnceAndTheEngineGoesOn(CapturedOutput output) {
    double unreadableBefore = skipped("unreadable");
    double unknownBefore = skipped("unknown-unit");
    IndicatorValue behind = Values.ratio(AN_LAO, "52", "work-records-online", 20.0, Instant.now());
    IndicatorValue elsewhere =
        Values.ratio(NOWHERE, "52", "work-records-online", 20.0, Instant.now());

    try (var producer =
        new KafkaProducer<>(
            KafkaTestUtils.producerProps(broker),
            new StringSerializer(),
            new ByteArraySerializer())) {
      producer.send(
          new ProducerRecord<>(
              Topics.INDICATOR_VALUES.name(),
              "garbled",
              "{not json".getBytes(StandardCharsets.UTF_8)));
      producer.send(
          new ProducerRecord<>(
              AlertTopology.COMMANDS_TOPIC, "52", "[1,2,3]".getBytes(StandardCharsets.UTF_8)));
      producer.send(
          new ProducerRecord<>(
              Topics.INDICATOR_VALUES.name(), elsewhere.key(), JsonCodec.write(elsewhere)));
      producer.send(
          new ProducerRecord<>(
              Topics.INDICATOR_VALUES.name(), behind.key(), JsonCodec.write(behind)));
      producer.flush();
    }

    // The good value after the bad ones is judged: the engine went on.
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> assertThat(alertsOf(AN_LAO)).isNotEmpty());
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              assertThat(skipped("unreadable") - unreadableBefore).isEqualTo(2);
              assertThat(skipped("unknown-unit") - unknownBefore).isEqualTo(1);
            });
    String log = output.getAll();
    assertThat(
            occurrences(
                log, "Skipped a record of dx\\.indicator-values-0@\\d+ \\(unreadable\\): .+"))
        .as("the unreadable value, logged once with why")
        .isEqualTo(1);
    assertThat(
            occurrences(log, "Skipped a record of dx\\.alert-commands-0@\\d+ \\(unreadable\\): .+"))
        .as("the unreadable command, logged once with why")
        .isEqualTo(1);
    assertThat(
            occurrences(
                log,
                "Skipped a record of dx\\.indicator-values-0@\\d+ \\(unknown-unit\\): unit "
                    + NOWHERE))
        .as("the value of a unit that is nowhere, logged once")
        .isEqualTo(1);
  }

  private double skipped(String reason) {
    Counter counter = meters.find("dx.alerting.streams.skipped").tag("reason", reason).counter();
    return counter == null ? 0 : counter.count();
  }

  private List<Alert> alertsOf(String unit) {
    List<Alert> alerts = new ArrayList<>();
    TopicSnapshot.read(
        Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
        Topics.ALERTS.name(),
        record -> {
          if (record.value() != null) {
            Alert alert = JsonCodec.read(record.value(), Alert.class);
            if (alert.where().unit().equals(unit)) {
              alerts.add(alert);
            }
          }
        });
    return alerts;
  }

  private static int occurrences(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }
}
