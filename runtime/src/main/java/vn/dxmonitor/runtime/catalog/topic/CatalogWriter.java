package vn.dxmonitor.runtime.catalog.topic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntConsumer;
import org.springframework.kafka.core.KafkaTemplate;
import vn.dxmonitor.model.unit.Succession;
import vn.dxmonitor.model.unit.UnitVersion;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.runtime.kafka.Topics;

/**
 * Writes catalog entries to {@code dx.catalog}. Returns once the broker has acknowledged them all,
 * so a caller that then reads a {@link CatalogView} sees its own writes after the view caught up.
 */
public final class CatalogWriter {

  private static final long TIMEOUT_SECONDS = 60;

  private final KafkaTemplate<String, byte[]> template;

  public CatalogWriter(KafkaTemplate<String, byte[]> template) {
    this.template = template;
  }

  public void putUnits(Collection<UnitVersion> versions, IntConsumer progress) {
    List<CompletableFuture<?>> sends = new ArrayList<>(versions.size());
    for (UnitVersion version : versions) {
      sends.add(
          template.send(
              Topics.CATALOG.name(),
              CatalogKey.unit(version.unit().code(), version.validFrom()),
              JsonCodec.write(version)));
    }
    await(sends, progress);
  }

  public void putSuccessions(Collection<Succession> successions, IntConsumer progress) {
    List<CompletableFuture<?>> sends = new ArrayList<>(successions.size());
    for (Succession succession : successions) {
      sends.add(
          template.send(
              Topics.CATALOG.name(),
              CatalogKey.succession(succession.oldCode(), succession.newCode()),
              JsonCodec.write(succession)));
    }
    await(sends, progress);
  }

  /** Removes an entry: a tombstone, which compaction eventually drops with its key. */
  public void remove(String key) {
    await(List.of(template.send(Topics.CATALOG.name(), key, null)), done -> {});
  }

  private static void await(List<CompletableFuture<?>> sends, IntConsumer progress) {
    try {
      for (int i = 0; i < sends.size(); i++) {
        sends.get(i).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if ((i + 1) % 500 == 0 || i + 1 == sends.size()) {
          progress.accept(i + 1);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing the catalog", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(
          "the broker did not store the catalog entries: " + e.getMessage(), e);
    }
  }
}
