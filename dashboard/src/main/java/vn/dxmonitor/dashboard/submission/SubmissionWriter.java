package vn.dxmonitor.dashboard.submission;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.submission.Submission;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.runtime.kafka.EventKeys;
import vn.dxmonitor.runtime.kafka.Topics;

/**
 * Stores a submission's step on {@code dx.submissions}, and for an acceptance the report event the
 * figure becomes on {@code dx.metric-events}, in one transaction: a figure is published exactly
 * when its acceptance is recorded, never one without the other. The event goes through the same
 * pipeline as any report — the processor checks it, counts it once, and a later correction revises
 * it.
 */
public final class SubmissionWriter implements AutoCloseable {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final Map<String, Object> config;
  private final CatalogSource catalog;
  private KafkaProducer<String, byte[]> producer;

  public SubmissionWriter(Map<String, Object> producerConfig, CatalogSource catalog) {
    this.config = new HashMap<>(producerConfig);
    this.config.put(ProducerConfig.ACKS_CONFIG, "all");
    this.config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    this.config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "dx-submissions-" + UUID.randomUUID());
    this.catalog = catalog;
  }

  /**
   * Writes the step, with the event when there is one; returns once both are committed.
   *
   * @throws SubmissionWriteException when the broker did not commit them; then neither was written
   */
  public synchronized void write(Submission submission, MetricEvent published) {
    try {
      KafkaProducer<String, byte[]> current = producer();
      current.beginTransaction();
      current.send(
          new ProducerRecord<>(
              Topics.SUBMISSIONS.name(), submission.id(), JsonCodec.write(submission)));
      if (published != null) {
        // The record's own time is the broker's: lateness is judged on the event's acceptedAt,
        // which it carries, and a broker refuses a record timestamped far from its own clock.
        current.send(
            new ProducerRecord<>(
                Topics.METRIC_EVENTS.name(),
                EventKeys.of(published, catalog.units()),
                JsonCodec.write(published)));
      }
      current.commitTransaction();
    } catch (KafkaException e) {
      // A producer whose transaction failed is not used again: the next write makes a new one,
      // whose initTransactions fences whatever this one left open.
      discard();
      throw new SubmissionWriteException(
          "the broker did not store the step of " + submission.id() + ": " + e.getMessage(), e);
    }
  }

  private KafkaProducer<String, byte[]> producer() {
    if (producer == null) {
      KafkaProducer<String, byte[]> made =
          new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
      try {
        made.initTransactions();
      } catch (KafkaException e) {
        made.close(Duration.ZERO);
        throw e;
      }
      producer = made;
    }
    return producer;
  }

  private void discard() {
    if (producer != null) {
      producer.close(Duration.ZERO);
      producer = null;
    }
  }

  @Override
  public synchronized void close() {
    if (producer != null) {
      producer.close(TIMEOUT);
      producer = null;
    }
  }
}
