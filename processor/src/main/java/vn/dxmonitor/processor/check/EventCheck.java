package vn.dxmonitor.processor.check;

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
 *
 * <p>An event is judged as of the moment it was accepted — ingest's {@code acceptedAt}, or for a
 * record another producer wrote, the record's own time — never as of now: a reprocess a year later
 * refuses exactly what was refused the first time, and counts everything else.
 */
public final class EventCheck implements FixedKeyProcessor<String, byte[], CheckedEvent> {

  private static final Logger log = LoggerFactory.getLogger(EventCheck.class);
  private static final String DEFAULT_SOURCE = "kafka";

  private final EventValidator validator;
  private FixedKeyProcessorContext<String, CheckedEvent> context;

  public EventCheck(EventValidator validator) {
    this.validator = validator;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, CheckedEvent> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, byte[]> record) {
    context.forward(record.withValue(check(record.value(), record.timestamp())));
  }

  /**
   * @param recordTime the record's timestamp, which stands for the acceptance time of an event that
   *     does not carry one
   */
  CheckedEvent check(byte[] raw, long recordTime) {
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
    if (event.acceptedAt() == null) {
      event = event.withAcceptance(Instant.ofEpochMilli(recordTime), null);
    }
    List<Violation> violations = validator.validate(event, event.acceptedAt());
    if (!violations.isEmpty()) {
      String reason = violations.stream().map(Violation::reason).collect(Collectors.joining("; "));
      return rejected(raw, reason);
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
