package vn.dxmonitor.processor.revision;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.event.RevisionWindows;
import vn.dxmonitor.model.event.Violation;
import vn.dxmonitor.model.event.ViolationCode;
import vn.dxmonitor.model.revision.RevisionEntry;
import vn.dxmonitor.processor.check.CheckedEvent;

/**
 * Decides what a checked event does to the figures, by its (source, eventId): new, it counts; the
 * same content again, it is a retry and counts nothing; other figures, it is a revision — the one
 * in force is taken back and the new one counted; a retraction takes the one in force back. Each
 * revision and retraction also goes to the revision log with the figure it replaced.
 *
 * <p>Events are keyed by province and indicator, so a retry or revision (same unit and indicator)
 * lands on the same partition and meets its predecessor in this task's store. The store is
 * changelogged and updated in the same transaction as the counts, so a crash can neither count an
 * event twice nor forget that it was counted. An event is remembered until its revision window has
 * closed (judged against the latest acceptance this task has seen, a day's margin added), since
 * nothing later can revise it.
 */
public final class Revisions implements FixedKeyProcessor<String, CheckedEvent, Outcome> {

  public static final String STORE = "accepted-events";
  private static final Logger log = LoggerFactory.getLogger(Revisions.class);
  private static final Duration PURGE_INTERVAL = Duration.ofMinutes(10);
  private static final Duration MARGIN = Duration.ofDays(1);

  private final CatalogSource catalog;
  private final RevisionWindows windows;
  private FixedKeyProcessorContext<String, Outcome> context;
  private KeyValueStore<String, AcceptedEvent> accepted;
  private Instant latestAcceptance = Instant.MIN;

  public Revisions(CatalogSource catalog, RevisionWindows windows) {
    this.catalog = catalog;
    this.windows = windows;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, Outcome> context) {
    this.context = context;
    this.accepted = context.getStateStore(STORE);
    context.schedule(PURGE_INTERVAL, PunctuationType.WALL_CLOCK_TIME, wall -> purge());
  }

  @Override
  public void process(FixedKeyRecord<String, CheckedEvent> record) {
    MetricEvent event = record.value().event();
    if (event.acceptedAt().isAfter(latestAcceptance)) {
      latestAcceptance = event.acceptedAt();
    }
    String key = event.idempotencyKey();
    AcceptedEvent before = accepted.get(key);
    if (before == null) {
      if (event.retracts()) {
        deadLetter(record, ViolationCode.UNKNOWN_EVENT.at("eventId", event.eventId()));
        return;
      }
      accepted.put(key, new AcceptedEvent(event, 1));
      forward(record, Outcome.apply(event));
      return;
    }
    MetricEvent prior = before.event();
    if (!prior.sameFigure(event)) {
      deadLetter(record, ViolationCode.REVISION_CHANGES_FIGURE.at("eventId", event.eventId()));
      return;
    }
    if (prior.sameContent(event)) {
      log.debug("Dropped repeated event {}", key);
      return;
    }
    if (!prior.retracts()) {
      forward(record, Outcome.apply(prior.asRemoval()));
    }
    if (!event.retracts()) {
      forward(record, Outcome.apply(event));
    }
    int revision = before.revision() + 1;
    accepted.put(key, new AcceptedEvent(event, revision));
    forward(
        record,
        Outcome.log(
            new RevisionEntry(
                event.source(),
                event.eventId(),
                event.unit(),
                event.indicator(),
                event.occurredAt(),
                revision,
                event.retracts() ? RevisionEntry.RETRACTED : RevisionEntry.REVISED,
                event.acceptedAt(),
                event.sentBy(),
                RevisionEntry.Figure.of(prior),
                RevisionEntry.Figure.of(event))));
  }

  private void deadLetter(FixedKeyRecord<String, CheckedEvent> record, Violation violation) {
    log.warn("Event sent to the dead-letter topic: {}", violation.reason());
    forward(record, Outcome.deadLetter(record.value(), violation.reason()));
  }

  private void forward(FixedKeyRecord<String, CheckedEvent> record, Outcome outcome) {
    context.forward(record.withValue(outcome));
  }

  private void purge() {
    if (latestAcceptance.equals(Instant.MIN)) {
      return;
    }
    Instant now = latestAcceptance.minus(MARGIN);
    List<String> expired = new ArrayList<>();
    try (KeyValueIterator<String, AcceptedEvent> all = accepted.all()) {
      while (all.hasNext()) {
        KeyValue<String, AcceptedEvent> entry = all.next();
        if (closed(entry.value.event(), now)) {
          expired.add(entry.key);
        }
      }
    }
    expired.forEach(accepted::delete);
    if (!expired.isEmpty()) {
      log.info("Forgot {} events whose revision windows have closed", expired.size());
    }
  }

  private boolean closed(MetricEvent event, Instant now) {
    Duration window =
        catalog.catalog().indicator(event.indicator()).map(windows::of).orElse(windows.longest());
    return event.occurredAt().plus(window).isBefore(now);
  }
}
