package vn.dxmonitor.processor.check;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import vn.dxmonitor.model.event.EventValidator;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.event.Violation;
import vn.dxmonitor.model.unit.CodeResolution;
import vn.dxmonitor.runtime.json.JsonCodec;

/**
 * Re-validates what arrives on the event topic. Ingest already checked its own events, but any
 * Kafka producer may write here, so the processor trusts nothing it has not checked itself.
 */
public final class EventCheck implements FixedKeyProcessor<String, byte[], CheckedEvent> {

  private static final Logger log = LoggerFactory.getLogger(EventCheck.class);
  private static final String DEFAULT_SOURCE = "kafka";

  private final EventValidator validator;
  private final Clock clock;
  private final Duration grace;
  private FixedKeyProcessorContext<String, CheckedEvent> context;

  /**
   * @param grace how late an event may still be counted
   */
  public EventCheck(EventValidator validator, Clock clock, Duration grace) {
    this.validator = validator;
    this.clock = clock;
    this.grace = grace;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, CheckedEvent> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, byte[]> record) {
    context.forward(record.withValue(check(record.value())));
  }

  CheckedEvent check(byte[] raw) {
    if (raw == null) {
      return new CheckedEvent(null, null, "empty: the record has no value");
    }
    MetricEvent event;
    try {
      event = JsonCodec.read(raw, MetricEvent.class);
    } catch (JacksonException e) {
      return rejected(raw, "unparseable: " + e.getOriginalMessage());
    }
    if (event == null) {
      return rejected(raw, "empty: the record is JSON null");
    }
    if (event.source() == null || event.source().isBlank()) {
      event = event.withSource(DEFAULT_SOURCE);
    }
    List<Violation> violations = validator.validate(event);
    if (!violations.isEmpty()) {
      String reason =
          violations.stream()
              .map(v -> v.code() + " " + v.field() + ": " + v.message())
              .collect(Collectors.joining("; "));
      return rejected(raw, reason);
    }
    Instant oldest = clock.instant().minus(grace);
    if (event.occurredAt().isBefore(oldest)) {
      return rejected(
          raw,
          "too-late occurredAt: "
              + event.occurredAt()
              + " is more than "
              + grace.toDays()
              + " days ago, the grace period for late events");
    }
    if (validator.resolveUnit(event) instanceof CodeResolution.Resolved resolved
        && resolved.retiredCode() != null) {
      event = event.withUnit(resolved.unit().code());
    }
    return new CheckedEvent(event, raw, null);
  }

  private CheckedEvent rejected(byte[] raw, String reason) {
    log.warn("Event sent to the dead-letter topic: {}", reason);
    return new CheckedEvent(null, raw, reason);
  }
}
