package vn.dxmonitor.ingest.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * What ingest counts: events accepted, duplicate and rejected — by reason and by source — and how
 * long the broker takes to commit a request's events. Sources come from keys, which only
 * administrators make, but the tag is still capped so a mistake cannot explode the series count.
 */
public final class IngestMetrics {

  static final String EVENTS = "dx.ingest.events";
  static final String PUBLISH = "dx.ingest.publish";
  static final String LEDGER_FORGOTTEN_EARLY = "dx.ingest.ledger.forgotten-early";
  static final String OTHER = "other";
  private static final int MOST_SOURCES = 200;

  private final MeterRegistry registry;
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();
  private final Set<String> sources = ConcurrentHashMap.newKeySet();
  private final Timer publish;
  private final Counter brokerAway;
  private final Counter publishFailed;
  private final Set<LongSupplier> watched = ConcurrentHashMap.newKeySet();

  public IngestMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.brokerAway = unavailable(registry, "broker-away");
    this.publishFailed = unavailable(registry, "publish-failed");
    this.publish =
        Timer.builder(PUBLISH)
            .description("Time for the broker to commit one request's events (acks=all)")
            .publishPercentileHistogram()
            .register(registry);
  }

  private static Counter unavailable(MeterRegistry registry, String reason) {
    return Counter.builder("dx.ingest.unavailable")
        .description(
            "Requests answered 503: refused at once while the broker is away, or not committed in"
                + " time")
        .tag("reason", reason)
        .register(registry);
  }

  /** A request refused at once because the broker is known to be away. */
  public void brokerAway() {
    brokerAway.increment();
  }

  /** A request whose events the broker did not commit within the send timeout. */
  public void publishFailed() {
    publishFailed.increment();
  }

  public void accepted(String source, int events) {
    count(source, "accepted", "none", events);
  }

  public void duplicates(String source, int events) {
    count(source, "duplicate", "none", events);
  }

  /**
   * @param reason the first violation's code
   */
  public void rejected(String source, String reason) {
    count(source, "rejected", reason, 1);
  }

  /**
   * Counts the accepted ids the ledger forgot before they expired, to stay within {@code
   * dx.ingest.ledger-max-ids}. The ledger keeps the count and the meter reads it when scraped; the
   * meter holds its reader weakly, so this keeps it alive.
   */
  public void ledgerForgottenEarly(LongSupplier forgotten) {
    watched.add(forgotten);
    FunctionCounter.builder(LEDGER_FORGOTTEN_EARLY, forgotten, LongSupplier::getAsLong)
        .description(
            "Accepted ids the ledger forgot before they expired because it held"
                + " dx.ingest.ledger-max-ids; retries of them reach the processor's dedup store")
        .register(registry);
  }

  public void published(Duration took) {
    publish.record(took);
  }

  private void count(String source, String outcome, String reason, int events) {
    if (events <= 0) {
      return;
    }
    String tag = boundedSource(source);
    counters
        .computeIfAbsent(
            tag + '|' + outcome + '|' + reason,
            key ->
                Counter.builder(EVENTS)
                    .description("Events received by the ingest API, by outcome")
                    .tag("source", tag)
                    .tag("outcome", outcome)
                    .tag("reason", reason)
                    .register(registry))
        .increment(events);
  }

  private String boundedSource(String source) {
    if (source == null) {
      return OTHER;
    }
    if (sources.contains(source) || (sources.size() < MOST_SOURCES && sources.add(source))) {
      return source;
    }
    return OTHER;
  }
}
