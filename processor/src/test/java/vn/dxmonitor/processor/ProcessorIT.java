package vn.dxmonitor.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.value.HistoryPoint;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.processor.support.ProcessorInfrastructure;
import vn.dxmonitor.processor.support.ProcessorTest;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;
import vn.dxmonitor.runtime.kafka.Topics;
import vn.dxmonitor.runtime.streams.BoundedRocksDbMemory;
import vn.dxmonitor.testsupport.elasticsearch.SharedElasticsearch;

/**
 * The processor on a real broker with exactly-once transactions, indexing into a real Elasticsearch
 * node; events come straight from a Kafka producer, as any source system may send.
 */
@ProcessorTest
class ProcessorIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  @Autowired EmbeddedKafkaBroker broker;
  @Autowired ElasticsearchClient elasticsearch;
  @Autowired IndexNames indexNames;
  @Autowired StreamsBuilderFactoryBean streams;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) throws Exception {
    ProcessorInfrastructure.register(registry, "processor-it-" + RUN, SharedElasticsearch::uri);
  }

  @Test
  void theStoresShareOneMemoryBoundAndCommitExactlyOnce() {
    var config = streams.getStreamsConfiguration();

    assertThat(config.get("rocksdb.config.setter")).isEqualTo(BoundedRocksDbMemory.class.getName());
    assertThat(config.get(BoundedRocksDbMemory.MEMORY_CONFIG)).isEqualTo("64MB");
    assertThat(config.get("processing.guarantee")).isEqualTo("exactly_once_v2");
  }

  @Test
  void eventsFromAnyProducerAreCountedOnceAndIndexedByKey() throws Exception {
    String yesterday = Instant.now().minus(Duration.ofDays(1)).toString();
    try (var producer =
        new KafkaProducer<>(
            KafkaTestUtils.producerProps(broker), new StringSerializer(), new StringSerializer())) {
      for (int i = 0; i < 4; i++) {
        String event =
            "{\"eventId\":\"p-%d\",\"source\":\"gateway\",\"unit\":\"21592\",\"indicator\":\"tthc-dossiers-online\",\"occurredAt\":\"%s\",\"numerator\":%d,\"denominator\":1}"
                .formatted(i % 3, yesterday, (i % 3) % 2);
        producer.send(new ProducerRecord<>(Topics.METRIC_EVENTS.name(), "21592", event));
      }
      producer.send(new ProducerRecord<>(Topics.METRIC_EVENTS.name(), "21592", "not json at all"));
      producer.flush();
    }

    String key = "21592|tthc-dossiers-online";
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              var doc =
                  elasticsearch.get(
                      g -> g.index(indexNames.indicators()).id(key), IndicatorValue.class);
              assertThat(doc.found()).isTrue();
              // p-0 and p-1 and p-2 once each; the fourth event repeats p-0
              assertThat(doc.source().window().denominator()).isEqualTo(3);
              assertThat(doc.source().window().numerator()).isEqualTo(1);
            });
    var province =
        elasticsearch.get(
            g -> g.index(indexNames.indicators()).id("52|tthc-dossiers-online"),
            IndicatorValue.class);
    assertThat(province.source().window().denominator()).isEqualTo(3);
    assertThat(province.source().standing().targetId())
        .isEqualTo("binh-dinh-ct-thi-dua-2023-2025/tthc-dossiers-online/province/2025");

    // Yesterday is a closed day, and the events corrected it: its point is in the history.
    LocalDate day = VietnamTime.dateOf(Instant.now()).minusDays(1);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              var point =
                  elasticsearch.get(
                      g -> g.index(indexNames.history(day)).id(key + "|" + day),
                      HistoryPoint.class);
              assertThat(point.found()).isTrue();
              assertThat(point.source().denominator()).isEqualTo(3);
              assertThat(point.source().day()).isEqualTo(day);
            });

    Map<String, Object> config = KafkaTestUtils.consumerProps(broker, "dlt-" + RUN, false);
    try (Consumer<String, byte[]> consumer =
        new DefaultKafkaConsumerFactory<>(
                config, new StringDeserializer(), new ByteArrayDeserializer())
            .createConsumer()) {
      consumer.subscribe(List.of(Topics.METRIC_EVENTS_DLT.name()));
      ConsumerRecord<String, byte[]> dead =
          KafkaTestUtils.getSingleRecord(
              consumer, Topics.METRIC_EVENTS_DLT.name(), Duration.ofSeconds(30));
      assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("not json at all");
      assertThat(
              new String(
                  dead.headers().lastHeader(Topics.ERROR_HEADER).value(), StandardCharsets.UTF_8))
          .startsWith("unparseable");
    }
  }
}
