package vn.dxmonitor.runtime.catalog.topic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import vn.dxmonitor.model.unit.Succession;
import vn.dxmonitor.model.unit.UnitVersion;
import vn.dxmonitor.runtime.accounts.Account;
import vn.dxmonitor.runtime.catalog.IndicatorDocument;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.runtime.kafka.Topics;

/**
 * Writes catalog entries to {@code dx.catalog}. Returns once the broker has acknowledged them all,
 * with where the last one landed, so a caller can wait for a {@link CatalogView} to read its own
 * writes.
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
    return new CatalogWriter(
        new KafkaTemplate<>(
            new DefaultKafkaProducerFactory<>(
                config, new StringSerializer(), new ByteArraySerializer())));
  }

  /** Closes the producer, so that it stops calling on a broker nobody writes to any more. */
  @Override
  public void close() {
    template.getProducerFactory().reset();
  }

  public RecordMetadata putUnits(Collection<UnitVersion> versions, IntConsumer progress) {
    List<CompletableFuture<SendResult<String, byte[]>>> sends = new ArrayList<>(versions.size());
    for (UnitVersion version : versions) {
      sends.add(send(CatalogKey.unit(version.unit().code(), version.validFrom()), version));
    }
    return await(sends, progress);
  }

  public RecordMetadata putSuccessions(Collection<Succession> successions, IntConsumer progress) {
    List<CompletableFuture<SendResult<String, byte[]>>> sends = new ArrayList<>(successions.size());
    for (Succession succession : successions) {
      sends.add(
          send(CatalogKey.succession(succession.oldCode(), succession.newCode()), succession));
    }
    return await(sends, progress);
  }

  public RecordMetadata putIndicator(IndicatorDocument indicator) {
    return await(List.of(send(CatalogKey.indicator(indicator.id()), indicator)), done -> {});
  }

  public RecordMetadata putPlan(PlanVersion version) {
    return await(
        List.of(send(CatalogKey.plan(version.plan().id(), version.version()), version)),
        done -> {});
  }

  /** An API key's entry; its own package gives it meaning (see {@code KeyBook}). */
  public RecordMetadata putApiKey(String id, Object key) {
    return await(List.of(send(CatalogKey.apiKey(id), key)), done -> {});
  }

  /** An alerting configuration entry (see {@link CatalogKey#alerting}). */
  public RecordMetadata putAccount(Account account) {
    return await(List.of(send(CatalogKey.account(account.name()), account)), done -> {});
  }

  public RecordMetadata putAlerting(String name, Object value) {
    return await(List.of(send(CatalogKey.alerting(name), value)), done -> {});
  }

  public RecordMetadata putAudit(AuditEntry entry) {
    return await(List.of(send(CatalogKey.audit(entry.at()), entry)), done -> {});
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
