package vn.dxmonitor.processor.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.BackoffPolicy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes to Elasticsearch through a {@link BulkIngester} — which packs operations into bulk
 * requests and retries those refused with {@code 429} after a back-off — and tells a caller when
 * every operation it handed over is stored. The indexers commit their Kafka offsets only then; if
 * anything failed they throw, and the listener container redelivers the batch with its own
 * back-off, so an Elasticsearch outage delays indexing and loses nothing.
 */
public final class BulkWriter implements AutoCloseable {

  private final BulkIngester<Batch> ingester;
  private final Duration timeout;
  private final Runnable failed;

  /**
   * @param timeout the longest a batch may take to be stored before it counts as failed
   * @param failed told of each batch that failed, and will come again
   */
  public BulkWriter(ElasticsearchClient client, Duration timeout, Runnable failed) {
    this.timeout = timeout;
    this.failed = failed;
    this.ingester =
        BulkIngester.of(
            builder ->
                builder
                    .client(client)
                    .maxOperations(1000)
                    .maxSize(5L * 1024 * 1024)
                    .maxConcurrentRequests(2)
                    .flushInterval(200, TimeUnit.MILLISECONDS)
                    .backoffPolicy(BackoffPolicy.exponentialBackoff(100L, 6))
                    .listener(new Outcomes()));
  }

  /**
   * Stores the operations and returns once all are stored.
   *
   * @throws IndexingFailedException when any was refused, or they were not stored in time
   */
  public void write(String what, List<BulkOperation> operations) {
    if (operations.isEmpty()) {
      return;
    }
    Batch batch = new Batch(what, operations.size());
    operations.forEach(operation -> ingester.add(operation, batch));
    ingester.flush();
    try {
      batch.done().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure(what, "interrupted");
    } catch (ExecutionException e) {
      throw failure(what, e.getCause().getMessage());
    } catch (TimeoutException e) {
      throw failure(what, "not stored within " + timeout);
    }
  }

  private IndexingFailedException failure(String what, String reason) {
    failed.run();
    return new IndexingFailedException(what, reason);
  }

  @Override
  public void close() {
    ingester.close();
  }

  /** The operations of one call, counted down as their bulk responses come back. */
  private record Batch(String what, AtomicInteger left, CompletableFuture<Void> done) {

    Batch(String what, int operations) {
      this(what, new AtomicInteger(operations), new CompletableFuture<>());
    }

    void stored() {
      if (left.decrementAndGet() == 0) {
        done.complete(null);
      }
    }

    void failed(String reason) {
      done.completeExceptionally(new IllegalStateException(reason));
    }
  }

  private static final class Outcomes implements BulkListener<Batch> {

    @Override
    public void beforeBulk(long executionId, BulkRequest request, List<Batch> batches) {}

    @Override
    public void afterBulk(
        long executionId, BulkRequest request, List<Batch> batches, BulkResponse response) {
      List<BulkResponseItem> items = response.items();
      for (int i = 0; i < items.size(); i++) {
        BulkResponseItem item = items.get(i);
        if (item.error() == null) {
          batches.get(i).stored();
        } else {
          batches
              .get(i)
              .failed(item.status() + " " + item.error().type() + ": " + item.error().reason());
        }
      }
    }

    @Override
    public void afterBulk(
        long executionId, BulkRequest request, List<Batch> batches, Throwable failure) {
      String reason =
          failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
      batches.forEach(batch -> batch.failed(reason));
    }
  }
}
