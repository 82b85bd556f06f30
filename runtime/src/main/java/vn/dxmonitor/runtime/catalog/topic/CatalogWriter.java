package vn.dxmonitor.runtime.catalog.topic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import vn.dxmonitor.model.unit.Succession;
import vn.dxmonitor.model.unit.UnitVersion;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.runtime.kafka.Topics;

/**
 * Writes catalog entries to {@code dx.catalog}. Returns once the broker has acknowledged them all,
 * with where the last one landed, so a caller can wait for a {@link CatalogView} to read its own
 * writes. A change and its audit entry are written together or not at all ({@link #putAudited}).
 */
public final class CatalogWriter implements AutoCloseable {

  private static final long TIMEOUT_SECONDS = 60;
  private static final int PROGRESS_EVERY = 500;

  private final KafkaTemplate<String, byte[]> template;

  public CatalogWriter(KafkaTemplate<String, byte[]> template) {
    this.template = template;
  }

  /**
   * A writer with a producer of its own, closed with it: every write acknowledged by all replicas,
   * and a retry never stores an entry twice out of order.
   */
  public static CatalogWriter to(Map<String, Object> producerConfig) {
    Map<String, Object> config = new HashMap<>(producerConfig);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
    DefaultKafkaProducerFactory<String, byte[]> factory =
        new DefaultKafkaProducerFactory<>(
            config, new StringSerializer(), new ByteArraySerializer());
    // Administrative writes are rare and no two instances write the same change, so there is no
    // zombie to fence: an id of this process's own is enough, and the broker forgets it after
    // transactional.id.expiration.ms.
    factory.setTransactionIdPrefix("dx-catalog-" + UUID.randomUUID() + "-");
    KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(factory);
    // Bulk imports report progress record by record, outside a transaction.
    template.setAllowNonTransactional(true);
    return new CatalogWriter(template);
  }

  /** Closes the producer, so that it stops calling on a broker nobody writes to any more. */
  @Override
  public void close() {
    template.getProducerFactory().reset();
  }

  public RecordMetadata putUnits(Collection<UnitVersion> versions, IntConsumer progress) {
    List<CompletableFuture<SendResult<String, byte[]>>> sends = new ArrayList<>(versions.size());
    for (UnitVersion version : versions) {
      CatalogEntry entry = CatalogEntry.unit(version);
      sends.add(send(entry.key(), entry.value()));
    }
    return await(sends, progress);
  }

  public RecordMetadata putSuccessions(Collection<Succession> successions, IntConsumer progress) {
    List<CompletableFuture<SendResult<String, byte[]>>> sends = new ArrayList<>(successions.size());
    for (Succession succession : successions) {
      CatalogEntry entry = CatalogEntry.succession(succession);
      sends.add(send(entry.key(), entry.value()));
    }
    return await(sends, progress);
  }

  /** One entry on its own, unaudited: the seed's, a test's, an alerting state's. */
  public RecordMetadata put(CatalogEntry entry) {
    return await(List.of(send(entry.key(), entry.value())), done -> {});
  }

  /**
   * Writes a change and its audit entry in one transaction: a reader of the catalog (which reads
   * committed records only) sees both or neither, so no change goes unaudited and no audit entry
   * tells of a change that never happened.
   *
   * @return where the change landed
   * @throws CatalogWriteException when the broker did not commit them; then neither was written
   */
  public RecordMetadata putAudited(CatalogEntry change, AuditEntry audit) {
    return putAllAudited(List.of(change), audit, done -> {});
  }

  /**
   * Writes changes and the one audit entry that tells of them in one transaction, as {@link
   * #putAudited} does for one: an import's unit versions, or none (an action that changed no
   * catalog entry, recorded all the same).
   *
   * @return where the last change landed, or the audit entry where there was no change
   * @throws CatalogWriteException when the broker did not commit them; then none was written
   */
  public RecordMetadata putAllAudited(
      List<CatalogEntry> changes, AuditEntry audit, IntConsumer progress) {
    if (!template.isTransactional()) {
      throw new IllegalStateException(
          "a change and its audit entry need a transactional writer: CatalogWriter.to(config)");
    }
    try {
      List<CompletableFuture<SendResult<String, byte[]>>> written =
          template.executeInTransaction(
              operations -> {
                List<CompletableFuture<SendResult<String, byte[]>>> sent =
                    new ArrayList<>(changes.size() + 1);
                for (CatalogEntry change : changes) {
                  sent.add(
                      operations.send(
                          Topics.CATALOG.name(), change.key(), JsonCodec.write(change.value())));
                }
                CompletableFuture<SendResult<String, byte[]>> audited =
                    operations.send(auditRecord(audit));
                if (sent.isEmpty()) {
                  sent.add(audited);
                }
                return sent;
              });
      return await(written, progress);
    } catch (KafkaException e) {
      throw new CatalogWriteException(
          "the broker did not commit "
              + (changes.size() == 1
                  ? "the change to " + changes.get(0).key()
                  : changes.size() + " changes")
              + " and their audit entry: "
              + e.getMessage(),
          e);
    }
  }

  public RecordMetadata putAudit(AuditEntry entry) {
    return await(List.of(template.send(auditRecord(entry))), done -> {});
  }

  /**
   * An audit entry as it is stored on {@code dx.catalog}, for a producer that must send it in one
   * transaction with records on other topics, which this writer's transactions cannot hold: a
   * dead-letter replay and the entry that tells of it.
   */
  public static ProducerRecord<String, byte[]> auditRecord(AuditEntry entry) {
    return new ProducerRecord<>(
        Topics.CATALOG.name(), CatalogKey.audit(entry.at()), JsonCodec.write(entry));
  }

  /** Removes an entry: a tombstone, which compaction eventually drops with its key. */
  public RecordMetadata remove(String key) {
    return await(List.of(template.send(Topics.CATALOG.name(), key, null)), done -> {});
  }

  private CompletableFuture<SendResult<String, byte[]>> send(String key, Object value) {
    return template.send(Topics.CATALOG.name(), key, JsonCodec.write(value));
  }

  private static RecordMetadata await(
      List<CompletableFuture<SendResult<String, byte[]>>> sends, IntConsumer progress) {
    RecordMetadata last = null;
    try {
      for (int i = 0; i < sends.size(); i++) {
        last = sends.get(i).get(TIMEOUT_SECONDS, TimeUnit.SECONDS).getRecordMetadata();
        if ((i + 1) % PROGRESS_EVERY == 0 || i + 1 == sends.size()) {
          progress.accept(i + 1);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CatalogWriteException("interrupted while writing the catalog", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new CatalogWriteException(
          "the broker did not store the catalog entries: " + e.getMessage(), e);
    }
    return last;
  }
}
