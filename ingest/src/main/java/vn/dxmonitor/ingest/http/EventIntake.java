package vn.dxmonitor.ingest.http;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.ingest.parse.EventReader;
import vn.dxmonitor.ingest.parse.ReadEvent;
import vn.dxmonitor.ingest.publish.EventPublisher;
import vn.dxmonitor.ingest.publish.PublishFailedException;
import vn.dxmonitor.model.event.EventValidator;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.event.Violation;

/**
 * Decides the fate of each item of a batch — accepted, duplicate or rejected with reasons — and
 * stores the accepted ones. A repeat of an event id within the batch is a duplicate; repeats across
 * requests are dropped by the processor's dedup store.
 */
@Component
public class EventIntake {

  private final EventValidator validator;
  private final EventPublisher publisher;

  public EventIntake(EventValidator validator, EventPublisher publisher) {
    this.validator = validator;
    this.publisher = publisher;
  }

  public IngestResult accept(String source, List<JsonNode> items) {
    List<MetricEvent> accepted = new ArrayList<>();
    List<RejectedEvent> rejected = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int duplicates = 0;
    for (int index = 0; index < items.size(); index++) {
      ReadEvent read = EventReader.read(items.get(index), source);
      List<Violation> violations = new ArrayList<>(read.violations());
      if (violations.isEmpty()) {
        violations.addAll(validator.validate(read.event()));
      }
      if (!violations.isEmpty()) {
        rejected.add(new RejectedEvent(index, read.event().eventId(), violations));
      } else if (!seen.add(read.event().eventId())) {
        duplicates++;
      } else {
        accepted.add(read.event());
      }
    }
    if (accepted.isEmpty() && duplicates == 0) {
      throw new IngestException(
          ErrorCode.NO_VALID_EVENT,
          rejected.isEmpty()
              ? "the request holds no event"
              : "none of the " + items.size() + " events is valid; see 'rejected'",
          java.util.Map.of("rejected", rejected),
          null);
    }
    try {
      publisher.publish(accepted);
    } catch (PublishFailedException e) {
      throw new IngestException(
          ErrorCode.BROKER_UNAVAILABLE, e.getMessage(), java.util.Map.of(), e);
    }
    return new IngestResult(accepted.size(), duplicates, rejected);
  }
}
