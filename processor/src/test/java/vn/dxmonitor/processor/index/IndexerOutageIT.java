package vn.dxmonitor.processor.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.processor.support.ProcessorInfrastructure;
import vn.dxmonitor.processor.support.ProcessorTest;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;
import vn.dxmonitor.runtime.kafka.Topics;
import vn.dxmonitor.testsupport.elasticsearch.RestartableElasticsearch;

/**
 * Elasticsearch goes down while values keep coming: indexing waits, and once the node is back every
 * document equals the latest value of its key on the values topic — nothing is lost.
 */
@ProcessorTest
class IndexerOutageIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final List<String> COMMUNES = List.of("21583", "21589", "21592", "21609");
  private static RestartableElasticsearch node;

  @Autowired EmbeddedKafkaBroker broker;
  @Autowired ElasticsearchClient elasticsearch;
  @Autowired IndexNames indexNames;
  @Autowired MeterRegistry meters;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) throws Exception {
    node = RestartableElasticsearch.start();
    ProcessorInfrastructure.register(registry, "outage-it-" + RUN, node::uri);
  }

  @AfterAll
  static void stopNode() throws Exception {
    node.close();
  }

  @Test
  void valuesMadeWhileElasticsearchIsDownAreAllIndexedOnceItIsBack() throws Exception {
    send(COMMUNES.get(0), "before", 2);
    awaitIndexed(COMMUNES.get(0) + "|work-records-online", 2);

    node.stop();
    for (String commune : COMMUNES) {
      send(commune, "during", 5);
    }
    // The processor goes on: the values are on the topic while no document can be written.
    Map<String, IndicatorValue> published = awaitPublished(2 + 4 * 5);

    // Indexing is being refused and retried, not skipped.
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> meters.counter("dx.processor.index.failures").count() > 0);
    node.restart();

    await()
        .atMost(Duration.ofSeconds(90))
        .ignoreExceptions()
        .untilAsserted(
            () -> {
              for (Map.Entry<String, IndicatorValue> value : published.entrySet()) {
                var doc =
                    elasticsearch.get(
                        g -> g.index(indexNames.indicators()).id(value.getKey()),
                        IndicatorValue.class);
                assertThat(doc.found()).as(value.getKey()).isTrue();
                assertThat(doc.source().window().numerator())
                    .as(value.getKey())
                    .isEqualTo(value.getValue().window().numerator());
                assertThat(doc.source().window().denominator())
                    .as(value.getKey())
                    .isEqualTo(value.getValue().window().denominator());
              }
            });
    assertThat(published).containsKey("52|work-records-online");
    assertThat(published.get("52|work-records-online").window().denominator()).isEqualTo(22);
  }

  private void send(String unit, String prefix, int events) {
    String at = Instant.now().minus(Duration.ofHours(2)).toString();
    try (var producer =
        new KafkaProducer<>(
            KafkaTestUtils.producerProps(broker), new StringSerializer(), new StringSerializer())) {
      for (int i = 0; i < events; i++) {
        String event =
            ("{\"eventId\":\"%s-%s-%d\",\"source\":\"test\",\"unit\":\"%s\","
                    + "\"indicator\":\"work-records-online\",\"occurredAt\":\"%s\","
                    + "\"numerator\":%d,\"denominator\":1}")
                .formatted(prefix, unit, i, unit, at, i % 2);
        producer.send(new ProducerRecord<>(Topics.METRIC_EVENTS.name(), unit, event));
      }
      producer.flush();
    }
  }

  private void awaitIndexed(String key, long denominator) {
    await()
        .atMost(Duration.ofSeconds(60))
        .ignoreExceptions()
        .untilAsserted(
            () ->
                assertThat(
                        elasticsearch
                            .get(
                                g -> g.index(indexNames.indicators()).id(key), IndicatorValue.class)
                            .source()
                            .window()
                            .denominator())
                    .isEqualTo(denominator));
  }

  /** The latest value per key on the values topic, once the province has counted every event. */
  private Map<String, IndicatorValue> awaitPublished(long provinceEvents) {
    Map<String, Object> config = KafkaTestUtils.consumerProps(broker, "check-" + RUN, false);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    Map<String, IndicatorValue> latest = new HashMap<>();
    try (Consumer<String, IndicatorValue> consumer =
        new DefaultKafkaConsumerFactory<>(
                config,
                new StringDeserializer(),
                Topics.INDICATOR_VALUES.valueSerde().deserializer())
            .createConsumer()) {
      consumer.subscribe(List.of(Topics.INDICATOR_VALUES.name()));
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> {
                for (ConsumerRecord<String, IndicatorValue> record :
                    consumer.poll(Duration.ofMillis(500))) {
                  latest.put(record.key(), record.value());
                }
                IndicatorValue province = latest.get("52|work-records-online");
                return province != null && province.window().denominator() == provinceEvents;
              });
    }
    return latest;
  }
}
