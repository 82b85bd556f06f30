package vn.dxmonitor.ingest.http;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.dxmonitor.ingest.availability.BrokerCircuit;
import vn.dxmonitor.ingest.format.BodyItem;
import vn.dxmonitor.ingest.intake.EventIntake;
import vn.dxmonitor.ingest.intake.IntakeResult;
import vn.dxmonitor.ingest.intake.NoValidEventException;
import vn.dxmonitor.ingest.limit.RateLimits;
import vn.dxmonitor.ingest.metrics.IngestMetrics;
import vn.dxmonitor.ingest.publish.PublishFailedException;
import vn.dxmonitor.ingest.settings.IngestProperties;
import vn.dxmonitor.runtime.keys.ApiKey;

/**
 * The steps every ingest endpoint takes, in the order that spends the least on a request that will
 * be refused: the key's rate before the body is read, the body's size while it is read, the number
 * of events before any is validated, and the broker last — except that while the broker is known to
 * be away, a request is refused before anything else, at once.
 */
public final class IntakeGate {

  private final IngestProperties properties;
  private final RateLimits limits;
  private final EventIntake intake;
  private final BrokerCircuit broker;
  private final IngestMetrics metrics;

  public IntakeGate(
      IngestProperties properties,
      RateLimits limits,
      EventIntake intake,
      BrokerCircuit broker,
      IngestMetrics metrics) {
    this.properties = properties;
    this.limits = limits;
    this.intake = intake;
    this.broker = broker;
    this.metrics = metrics;
  }

  void admit(ApiKey key) {
    if (!broker.available()) {
      metrics.brokerAway();
      throw new IngestException(
          ErrorCode.BROKER_UNAVAILABLE,
          "the Kafka broker has been away since "
              + broker.since()
              + " ("
              + broker.reason()
              + "); nothing of this request was stored, send it again",
          Map.of(),
          properties.retryAfter(),
          null);
    }
    limits
        .waitBeforeAny(key.id())
        .ifPresent(
            wait -> {
              throw rateLimited(key, wait);
            });
  }

  byte[] read(HttpServletRequest request) {
    return RequestBodies.read(request, properties.maxBytes());
  }

  List<BodyItem> split(Supplier<List<BodyItem>> reader) {
    List<BodyItem> items = reader.get();
    if (items.size() > properties.maxEvents()) {
      throw new IngestException(
          ErrorCode.TOO_MANY_EVENTS,
          "a request may carry at most "
              + properties.maxEvents()
              + " events, but had "
              + items.size()
              + "; send them in smaller batches");
    }
    return items;
  }

  IntakeResult accept(ApiKey key, List<BodyItem> items) {
    limits
        .charge(key.id(), items.size())
        .ifPresent(
            wait -> {
              throw rateLimited(key, wait);
            });
    try {
      return intake.accept(key, items);
    } catch (NoValidEventException e) {
      throw new IngestException(
          ErrorCode.NO_VALID_EVENT, e.getMessage(), Map.of("rejected", e.rejected()), null, e);
    } catch (PublishFailedException e) {
      metrics.publishFailed();
      broker.publishFailed(e.getMessage());
      throw new IngestException(
          ErrorCode.BROKER_UNAVAILABLE,
          e.getMessage() + "; nothing of this request was stored, send it again",
          Map.of(),
          properties.retryAfter(),
          e);
    }
  }

  private IngestException rateLimited(ApiKey key, Duration wait) {
    return IngestException.retryAfter(
        ErrorCode.RATE_LIMITED,
        "key "
            + key.id()
            + " may send "
            + properties.rate().eventsPerSecond()
            + " events a second on average and "
            + properties.rate().burst()
            + " at once; wait and send again",
        wait);
  }
}
