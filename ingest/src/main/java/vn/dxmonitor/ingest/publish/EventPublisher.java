package vn.dxmonitor.ingest.publish;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import vn.dxmonitor.ingest.IngestProperties;
import vn.dxmonitor.model.event.MetricEvent;

/**
 * Writes accepted events to {@code dx.metric-events}, keyed by unit, and returns only once the
 * broker acknowledged every one of them: a 202 means the events are safe.
 */
@Component
public class EventPublisher {

  private final KafkaTemplate<String, MetricEvent> template;
  private final IngestProperties properties;

  public EventPublisher(KafkaTemplate<String, MetricEvent> template, IngestProperties properties) {
    this.template = template;
    this.properties = properties;
  }

  /**
   * @throws PublishFailedException when the broker did not acknowledge all events in time
   */
  public void publish(List<MetricEvent> events) {
    CompletableFuture<?>[] sends =
        events.stream()
            .map(event -> template.sendDefault(event.unit(), event))
            .toArray(CompletableFuture[]::new);
    try {
      CompletableFuture.allOf(sends)
          .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PublishFailedException("interrupted while waiting for the broker", e);
    } catch (ExecutionException e) {
      throw new PublishFailedException(e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new PublishFailedException(
          "no acknowledgement from the broker within " + properties.sendTimeout(), e);
    }
  }
}
