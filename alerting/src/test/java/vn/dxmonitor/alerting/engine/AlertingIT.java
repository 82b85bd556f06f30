package vn.dxmonitor.alerting.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dxmonitor.alerting.AlertingApplication;
import vn.dxmonitor.alerting.rule.AlertRules;
import vn.dxmonitor.alerting.rule.RuleSetReader;
import vn.dxmonitor.alerting.store.AlertStore;
import vn.dxmonitor.alerting.support.Values;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertChange;
import vn.dxmonitor.model.alert.AlertState;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.runtime.kafka.Topics;
import vn.dxmonitor.testsupport.elasticsearch.SharedElasticsearch;

/**
 * Values on the real topic go through the alerting engine on a real broker and become alert
 * documents in the real Elasticsearch node, with the rules changed through the catalog topic.
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
class AlertingIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String ALERT_ID =
      Alert.idOf("behind-trajectory", "21609", "work-records-online", "binh-dinh-nq-05-nq-tu");

  @Autowired EmbeddedKafkaBroker broker;
  @Autowired AlertStore store;
  @Autowired AlertRules rules;

  @DynamicPropertySource
  static void elasticsearch(DynamicPropertyRegistry registry) {
    registry.add("dx.elasticsearch.uris", SharedElasticsearch::uri);
    registry.add("dx.elasticsearch.index-prefix", () -> "alerting-" + RUN + "-");
    registry.add("dx.alerting.state-dir", () -> "target/alerting-it-" + RUN);
  }

  @Test
  void behindTrajectoryGoesPendingFiringResolvedThroughTheTopicsIntoElasticsearch() {
    rules.replace(
        RuleSetReader.parse(
            """
            rules:
              - rule: behind-trajectory
                pendingFor: PT2S
                resolveFor: PT2S
            """),
        "test");
    Map<String, Object> config = KafkaTestUtils.producerProps(broker);
    try (var producer =
        new KafkaProducer<>(
            config, new StringSerializer(), Topics.INDICATOR_VALUES.valueSerde().serializer())) {
      producer.send(record(20.0));
      producer.send(record(22.0));
      producer.flush();

      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () ->
                  assertThat(store.find(ALERT_ID))
                      .hasValueSatisfying(
                          alert -> {
                            assertThat(alert.state()).isEqualTo(AlertState.FIRING);
                            assertThat(alert.figures().value()).isEqualTo(22.0);
                            assertThat(alert.history())
                                .extracting(AlertChange::action)
                                .containsExactly("pending", "firing");
                          }));

      producer.send(record(95.0));
      producer.flush();
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () ->
                  assertThat(store.find(ALERT_ID).orElseThrow().history())
                      .extracting(AlertChange::action)
                      .containsExactly("pending", "firing", "resolved"));
    }
  }

  private static ProducerRecord<String, IndicatorValue> record(double value) {
    IndicatorValue indicatorValue =
        Values.ratio("21609", "52", "work-records-online", value, Instant.now());
    return new ProducerRecord<>(
        Topics.INDICATOR_VALUES.name(), indicatorValue.key(), indicatorValue);
  }
}
