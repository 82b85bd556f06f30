package vn.dxmonitor.runtime.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one poll's operations to Elasticsearch in bulk requests and returns only once all are
 * stored. The indexers commit their Kafka offsets only then; if anything failed that may succeed
 * later — a {@code 429}, a {@code 5xx}, a node that does not answer — this throws, and the listener
 * container redelivers the batch with exponential back-off for as long as it fails, so an outage
 * delays indexing and loses nothing. A document Elasticsearch refuses for what it is (any other
 * {@code 4xx}, such as JSON it cannot map) would be refused forever: it is logged and counted, and
 * the rest of the batch goes on.
 *
 * <p>Not the client's {@code BulkIngester}: while Elasticsearch refuses connections, its flush
 * deadlocks against the HTTP client's connection pool (elasticsearch-java issue 925), which the
 * outage test reproduced. Requests here are synchronous, one poll at a time.
 */
public final class BulkWriter {

  private static final Logger log = LoggerFactory.getLogger(BulkWriter.class);
  private static final int OPERATIONS_PER_REQUEST = 1000;

  private final ElasticsearchClient client;
  private final BulkMetrics metrics;

  public BulkWriter(ElasticsearchClient client, BulkMetrics metrics) {
    this.client = client;
    this.metrics = metrics;
  }

  /**
   * Makes {@code index} hold the latest record per key of a compacted topic: the record's JSON as
   * the document, id = the key; a tombstone (null) deletes the document.
   *
   * @throws IndexingFailedException as {@link #write}
   */
  public void mirror(String index, Map<String, byte[]> latest) {
    List<BulkOperation> operations = new ArrayList<>(latest.size());
    latest.forEach(
        (id, json) ->
            operations.add(
                json == null
                    ? BulkOperation.of(op -> op.delete(d -> d.index(index).id(id)))
                    : BulkOperation.of(
                        op -> op.index(i -> i.index(index).id(id).document(document(json))))));
    write(index, operations);
  }

  /** A record's JSON as a document, passed to Elasticsearch without being parsed. */
  public static BinaryData document(byte[] json) {
    return BinaryData.of(json, ContentType.APPLICATION_JSON);
  }

  /**
   * Stores the operations and returns once all are stored or refused for good.
   *
   * @throws IndexingFailedException when any failed for a reason that may pass, or the node did not
   *     answer
   */
  public void write(String what, List<BulkOperation> operations) {
    for (int from = 0; from < operations.size(); from += OPERATIONS_PER_REQUEST) {
      List<BulkOperation> part =
          operations.subList(from, Math.min(operations.size(), from + OPERATIONS_PER_REQUEST));
      BulkResponse response;
      long start = System.nanoTime();
      try {
        response = client.bulk(bulk -> bulk.operations(part));
      } catch (IOException | RuntimeException e) {
        metrics.unanswered(System.nanoTime() - start);
        throw failure(what, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      }
      if (response.errors()) {
        metrics.answeredWithErrors(System.nanoTime() - start);
        check(what, response.items());
      } else {
        metrics.stored(System.nanoTime() - start);
      }
    }
  }

  private void check(String what, List<BulkResponseItem> items) {
    BulkResponseItem retryable = null;
    for (BulkResponseItem item : items) {
      if (item.error() == null) {
        continue;
      }
      if (item.status() == 429 || item.status() >= 500) {
        retryable = retryable == null ? item : retryable;
      } else {
        metrics.documentRefused();
        log.error(
            "Elasticsearch refused document {} in {}: {} {}: {}",
            item.id(),
            item.index(),
            item.status(),
            item.error().type(),
            item.error().reason());
      }
    }
    if (retryable != null) {
      throw failure(
          what,
          retryable.status() + " " + retryable.error().type() + ": " + retryable.error().reason());
    }
  }

  private IndexingFailedException failure(String what, String reason) {
    metrics.batchFailed();
    return new IndexingFailedException(what, reason);
  }
}
