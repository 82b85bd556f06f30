package vn.dxmonitor.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InvalidTxnStateException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.runtime.kafka.Topics;

class TransactionalPublisherTest {

  private static final Instant AT = Instant.parse("2026-11-23T03:00:00Z");

  /** Producers made in turn; the first {@code refusing} of them fail their commit as told. */
  private final List<MockProducer<String, byte[]>> made = new CopyOnWriteArrayList<>();

  @Test
  void aTransactionTheBrokerRefusedIsTriedOnceMoreWithAFreshProducer() throws Exception {
    try (TransactionalPublisher publisher =
        publisher(1, new InvalidTxnStateException("invalid state"))) {

      publisher.publish(List.of(event("id-1"), event("id-2")));
    }

    assertThat(made).hasSize(2);
    assertThat(made.get(0).closed()).isTrue();
    assertThat(made.get(0).transactionCommitted()).isFalse();
    assertThat(made.get(1).transactionCommitted()).isTrue();
    assertThat(eventsSent(made.get(1))).containsExactly("21583", "21583");
  }

  @Test
  void aSecondRefusalRefusesTheRequestAndNothingIsCommitted() throws Exception {
    try (TransactionalPublisher publisher =
        publisher(2, new InvalidTxnStateException("invalid state"))) {

      assertThatThrownBy(() -> publisher.publish(List.of(event("id-1"))))
          .isInstanceOf(PublishFailedException.class)
          .hasMessageContaining("invalid state");
    }

    assertThat(made).hasSize(2).noneMatch(MockProducer::transactionCommitted);
  }

  @Test
  void aTimeoutIsNotRepeatedBecauseTheCallerHasStoppedWaiting() throws Exception {
    try (TransactionalPublisher publisher = publisher(1, new TimeoutException("no answer"))) {

      assertThatThrownBy(() -> publisher.publish(List.of(event("id-1"))))
          .isInstanceOf(PublishFailedException.class)
          .hasMessageContaining("no answer");
    }

    assertThat(made).hasSize(1);
    assertThat(made.get(0).closed()).isTrue();
  }

  private TransactionalPublisher publisher(int refusing, RuntimeException refusal) {
    TransactionalProducers producers =
        transactionalId -> {
          MockProducer<String, byte[]> producer =
              new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
          if (made.size() < refusing) {
            producer.commitTransactionException = refusal;
          }
          made.add(producer);
          return producer;
        };
    return new TransactionalPublisher(
        producers,
        "test",
        1,
        Duration.ofSeconds(5),
        Clock.fixed(AT, ZoneOffset.UTC),
        events -> {},
        event -> AT.plusSeconds(3600),
        MetricEvent::unit);
  }

  private static List<String> eventsSent(MockProducer<String, byte[]> producer) {
    List<String> keys = new ArrayList<>();
    for (ProducerRecord<String, byte[]> record : producer.history()) {
      if (record.topic().equals(Topics.METRIC_EVENTS.name())) {
        keys.add(record.key());
      }
    }
    return keys;
  }

  private static MetricEvent event(String id) {
    return MetricEvent.ratio(id, "e-office", "21583", "work-records-online", AT, 1, 1);
  }
}
