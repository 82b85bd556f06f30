package vn.dxmonitor.runtime.elasticsearch;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * What an Elasticsearch writer counts: each bulk request's time by outcome, the batches that will
 * come again and the documents refused for good. All are registered at once, so a rate of failures
 * reads zero, not nothing, until the first one.
 */
public final class BulkMetrics {

  public static final String BULK = "dx.elasticsearch.bulk";

  private final Timer stored;
  private final Timer partial;
  private final Timer unanswered;
  private final Counter failures;
  private final Counter refused;

  /**
   * @param writer the service that writes ({@code processor}, {@code alerting}): the tag of the
   *     bulk timer and the middle of its counters' names, {@code dx.<writer>.index.failures}
   */
  public BulkMetrics(MeterRegistry registry, String writer) {
    this.stored = bulk(registry, writer, "stored");
    this.partial = bulk(registry, writer, "errors");
    this.unanswered = bulk(registry, writer, "failed");
    this.failures =
        Counter.builder("dx." + writer + ".index.failures")
            .description("Batches Elasticsearch did not store; their Kafka records come again")
            .register(registry);
    this.refused =
        Counter.builder("dx." + writer + ".index.refused")
            .description("Documents Elasticsearch refused for good (4xx other than 429), skipped")
            .register(registry);
  }

  private static Timer bulk(MeterRegistry registry, String writer, String outcome) {
    return Timer.builder(BULK)
        .description("Bulk requests to Elasticsearch: stored, answered with item errors, or failed")
        .tag("writer", writer)
        .tag("outcome", outcome)
        .publishPercentileHistogram()
        .register(registry);
  }

  void stored(long nanos) {
    stored.record(nanos, TimeUnit.NANOSECONDS);
  }

  void answeredWithErrors(long nanos) {
    partial.record(nanos, TimeUnit.NANOSECONDS);
  }

  void unanswered(long nanos) {
    unanswered.record(nanos, TimeUnit.NANOSECONDS);
  }

  void batchFailed() {
    failures.increment();
  }

  void documentRefused() {
    refused.increment();
  }
}
