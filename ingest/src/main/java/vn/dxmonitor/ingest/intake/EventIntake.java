package vn.dxmonitor.ingest.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import vn.dxmonitor.runtime.keys.ApiKey;
import vn.dxmonitor.runtime.keys.KeyScope;

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
    List<MetricEvent> candidates = new ArrayList<>(items.size());
    List<String> candidateKeys = new ArrayList<>(items.size());
    int[] candidateIndexes = new int[items.size()];
    Set<String> seen = new HashSet<>();
    int duplicates = 0;
    // One instant for the request: the time its events are judged at, carried on each of them.
    Instant acceptedAt = clock.instant();
    for (int index = 0; index < items.size(); index++) {
      BodyItem item = items.get(index);
      MetricEvent event =
          item.read() == null
              ? null
              : item.read().event().withSource(key.source()).withAcceptance(acceptedAt, key.id());
      List<Violation> violations = check(key, item, event);
      if (!violations.isEmpty()) {
        rejected.add(new RejectedEvent(index, item.eventId(), violations));
        outcomes[index] = Outcome.REJECTED;
        metrics.rejected(key.source(), violations.get(0).code());
      } else if (!seen.add(event.retryKey())) {
        outcomes[index] = Outcome.DUPLICATE;
        duplicates++;
      } else {
        candidateIndexes[candidates.size()] = index;
        candidates.add(event);
        // Made once: the ledger hashes each key several times, and a String caches its hash.
        candidateKeys.add(event.retryKey());
      }
    }
    if (candidates.isEmpty() && duplicates == 0) {
      throw new NoValidEventException(items.size(), rejected);
    }
    Claim claim = ledger.claim(candidateKeys, raceWait);
    Set<String> toStore = claim.keys().isEmpty() ? Set.of() : new HashSet<>(claim.keys());
    List<MetricEvent> stored = new ArrayList<>(toStore.size());
    for (int i = 0; i < candidates.size(); i++) {
      boolean mine = toStore.contains(candidateKeys.get(i));
      outcomes[candidateIndexes[i]] = mine ? Outcome.ACCEPTED : Outcome.DUPLICATE;
      if (mine) {
        stored.add(candidates.get(i));
      } else {
        duplicates++;
      }
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
        && !KeyScope.permits(key, resolved.unit().code(), day, catalog.units())) {
      violations.add(
          ViolationCode.UNIT_NOT_PERMITTED.at(
              "unit", String.join(", ", key.units()), event.unit()));
    }
  }

  /** For callers that need the outcome of every item, such as the report endpoint. */
  public enum Outcome {
    ACCEPTED,
    DUPLICATE,
    REJECTED;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
