package vn.dxmonitor.ingest.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dxmonitor.ingest.dedup.AcceptedLedger;
import vn.dxmonitor.ingest.dedup.Claim;
import vn.dxmonitor.ingest.format.BodyItem;
import vn.dxmonitor.ingest.metrics.IngestMetrics;
import vn.dxmonitor.ingest.publish.PublishFailedException;
import vn.dxmonitor.ingest.publish.TransactionalPublisher;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.event.EventValidator;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.event.Violation;
import vn.dxmonitor.model.event.ViolationCode;
import vn.dxmonitor.model.unit.CodeResolution;
import vn.dxmonitor.runtime.access.Scopes;
import vn.dxmonitor.runtime.keys.ApiKey;

/**
 * Decides the fate of each item of a request — accepted, duplicate or rejected with reasons — and
 * stores the accepted ones. An item is a duplicate when the same eventId with the same content came
 * earlier in the same request or was accepted from the same source before; the same eventId with
 * other figures is a revision, accepted. Each event is judged (lateness included) as of the
 * request's acceptance time, which it carries to the processor; stored means committed to Kafka.
 */
public final class EventIntake {

  private final EventValidator validator;
  private final CatalogSource catalog;
  private final AcceptedLedger ledger;
  private final TransactionalPublisher publisher;
  private final IngestMetrics metrics;
  private final Duration raceWait;
  private final Clock clock;

  public EventIntake(
      EventValidator validator,
      CatalogSource catalog,
      AcceptedLedger ledger,
      TransactionalPublisher publisher,
      IngestMetrics metrics,
      Duration raceWait,
      Clock clock) {
    this.validator = validator;
    this.catalog = catalog;
    this.ledger = ledger;
    this.publisher = publisher;
    this.metrics = metrics;
    this.raceWait = raceWait;
    this.clock = clock;
  }

  /**
   * @throws NoValidEventException when no item is valid and none is a duplicate
   * @throws PublishFailedException when the broker did not commit the accepted events
   */
  public IntakeResult accept(ApiKey key, List<BodyItem> items) {
    Outcome[] outcomes = new Outcome[items.size()];
    List<RejectedEvent> rejected = new ArrayList<>();
    List<AcceptedLedger.Offer> offers = new ArrayList<>(items.size());
    int[] offerIndexes = new int[items.size()];
    List<List<Violation>> lateness = new ArrayList<>(items.size());
    Map<String, Integer> firstInRequest = new HashMap<>();
    MetricEvent[] events = new MetricEvent[items.size()];
    int duplicates = 0;
    // One instant for the request: the time its events are judged at, carried on each of them.
    Instant acceptedAt = clock.instant();
    for (int index = 0; index < items.size(); index++) {
      BodyItem item = items.get(index);
      MetricEvent event =
          item.read() == null
              ? null
              : item.read().event().withSource(key.source()).withAcceptance(acceptedAt, key.id());
      events[index] = event;
      List<Violation> violations = check(key, item, event);
      // Too late alone may still be a retry of what was accepted in time: the ledger decides.
      boolean lateOnly =
          !violations.isEmpty()
              && violations.stream().allMatch(v -> v.code().equals(ViolationCode.TOO_LATE.code()));
      if (!violations.isEmpty() && !lateOnly) {
        reject(key, index, item.eventId(), violations, rejected, outcomes);
        continue;
      }
      Integer earlier = firstInRequest.putIfAbsent(event.idempotencyKey(), index);
      if (earlier == null) {
        offerIndexes[offers.size()] = index;
        offers.add(new AcceptedLedger.Offer(event, lateOnly));
        lateness.add(violations);
      } else if (events[earlier].sameContent(event)) {
        outcomes[index] = Outcome.DUPLICATE;
        duplicates++;
      } else {
        reject(
            key,
            index,
            item.eventId(),
            List.of(
                item.named(
                    ViolationCode.REPEATED_IN_REQUEST.at("eventId", event.eventId(), earlier))),
            rejected,
            outcomes);
      }
    }
    if (offers.isEmpty() && duplicates == 0) {
      throw new NoValidEventException(items.size(), rejected);
    }
    Claim claim = ledger.claim(offers, raceWait);
    List<MetricEvent> stored = new ArrayList<>(offers.size());
    for (int i = 0; i < offers.size(); i++) {
      int index = offerIndexes[i];
      MetricEvent event = offers.get(i).event();
      BodyItem item = items.get(index);
      switch (claim.verdict(i)) {
        case NEW -> outcomes[index] = Outcome.ACCEPTED;
        case REVISION -> outcomes[index] = event.retracts() ? Outcome.RETRACTED : Outcome.REVISED;
        case DUPLICATE -> {
          outcomes[index] = Outcome.DUPLICATE;
          duplicates++;
        }
        case LATE -> reject(key, index, item.eventId(), lateness.get(i), rejected, outcomes);
        case CHANGES_FIGURE ->
            reject(
                key,
                index,
                item.eventId(),
                List.of(
                    item.named(
                        ViolationCode.REVISION_CHANGES_FIGURE.at("eventId", event.eventId()))),
                rejected,
                outcomes);
        case UNKNOWN_EVENT ->
            reject(
                key,
                index,
                item.eventId(),
                List.of(item.named(ViolationCode.UNKNOWN_EVENT.at("eventId", event.eventId()))),
                rejected,
                outcomes);
      }
      if (claim.verdict(i).stores()) {
        stored.add(event);
      }
    }
    rejected.sort(Comparator.comparingInt(RejectedEvent::index));
    if (stored.isEmpty() && duplicates == 0) {
      ledger.release(claim, false);
      throw new NoValidEventException(items.size(), rejected);
    }
    boolean committed = false;
    try {
      long started = System.nanoTime();
      publisher.publish(stored);
      metrics.published(Duration.ofNanos(System.nanoTime() - started));
      committed = true;
    } finally {
      ledger.release(claim, committed);
    }
    metrics.accepted(key.source(), stored.size());
    metrics.duplicates(key.source(), duplicates);
    return new IntakeResult(stored.size(), duplicates, rejected, List.of(outcomes));
  }

  private void reject(
      ApiKey key,
      int index,
      String eventId,
      List<Violation> violations,
      List<RejectedEvent> rejected,
      Outcome[] outcomes) {
    rejected.add(new RejectedEvent(index, eventId, violations));
    outcomes[index] = Outcome.REJECTED;
    metrics.rejected(key.source(), violations.get(0).code());
  }

  /** Everything wrong with an item, each field named as the item's format spells it. */
  private List<Violation> check(ApiKey key, BodyItem item, MetricEvent event) {
    List<Violation> violations = new ArrayList<>(item.violations());
    if (event == null) {
      return violations;
    }
    List<Violation> contract = new ArrayList<>(item.read().violations());
    if (contract.isEmpty()) {
      contract.addAll(validator.validate(event, event.acceptedAt()));
    }
    if (contract.isEmpty() && violations.isEmpty()) {
      checkScope(key, event, contract);
    }
    contract.forEach(violation -> violations.add(item.named(violation)));
    return violations;
  }

  private void checkScope(ApiKey key, MetricEvent event, List<Violation> violations) {
    if (!key.permitsIndicator(event.indicator())) {
      violations.add(
          ViolationCode.INDICATOR_NOT_PERMITTED.at(
              "indicator", String.join(", ", key.indicators()), event.indicator()));
    }
    CodeResolution resolution = validator.resolveUnit(event);
    LocalDate day = validator.dayOf(event);
    if (resolution instanceof CodeResolution.Resolved resolved
        && !Scopes.reaches(key, resolved.unit().code(), catalog.units(), day)) {
      violations.add(
          ViolationCode.UNIT_NOT_PERMITTED.at(
              "unit", String.join(", ", key.units()), event.unit()));
    }
  }

  /** For callers that need the outcome of every item, such as the report endpoint. */
  public enum Outcome {
    ACCEPTED,
    /** Accepted as a revision: other figures under an id accepted before. */
    REVISED,
    /** Accepted as the retraction of the event with its id. */
    RETRACTED,
    DUPLICATE,
    REJECTED;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
