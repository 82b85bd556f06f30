package vn.dxmonitor.processor.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.io.IOException;
import java.util.List;

/**
 * Writes one poll's operations to Elasticsearch in bulk requests and returns only once all are
 * stored. The indexers commit their Kafka offsets only then; if anything failed — a {@code 429}, a
 * {@code 5xx}, a node that does not answer — this throws, and the listener container redelivers the
 * batch with exponential back-off for as long as it fails, so an outage delays indexing and loses
 * nothing.
 *
 * <p>Not the client's {@code BulkIngester}: while Elasticsearch refuses connections, its flush
 * deadlocks against the HTTP client's connection pool (elasticsearch-java issue 925), which the
 * outage test reproduced. Requests here are synchronous, one poll at a time.
 */
public final class BulkWriter {

  private static final int OPERATIONS_PER_REQUEST = 1000;

  private final ElasticsearchClient client;
  private final Runnable failed;

  /**
   * @param failed told of each batch that failed, and will come again
   */
  public BulkWriter(ElasticsearchClient client, Runnable failed) {
    this.client = client;
    this.failed = failed;
  }

  /**
   * Stores the operations and returns once all are stored.
   *
   * @throws IndexingFailedException when any was refused or the node did not answer
   */
  public void write(String what, List<BulkOperation> operations) {
    for (int from = 0; from < operations.size(); from += OPERATIONS_PER_REQUEST) {
      List<BulkOperation> part =
          operations.subList(from, Math.min(operations.size(), from + OPERATIONS_PER_REQUEST));
      BulkResponse response;
      try {
        response = client.bulk(bulk -> bulk.operations(part));
      } catch (IOException | RuntimeException e) {
        throw failure(what, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      }
      if (response.errors()) {
        BulkResponseItem first =
            response.items().stream()
                .filter(item -> item.error() != null)
                .findFirst()
                .orElseThrow();
        throw failure(
            what, first.status() + " " + first.error().type() + ": " + first.error().reason());
      }
    }
  }

  private IndexingFailedException failure(String what, String reason) {
    failed.run();
    return new IndexingFailedException(what, reason);
  }
}
