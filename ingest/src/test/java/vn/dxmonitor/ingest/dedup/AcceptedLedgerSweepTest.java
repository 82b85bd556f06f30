package vn.dxmonitor.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.ingest.metrics.IngestMetrics;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.testsupport.time.MovableClock;

/**
 * How long the ledger remembers an accepted id, and what its bound costs — driven by a movable
 * clock and the sweep itself, without a broker: the ledger reads its topic only once started.
 */
class AcceptedLedgerSweepTest {

  private static final Instant ACCEPTED = Instant.parse("2026-03-02T08:00:00Z");
  private static final Duration RETENTION = Duration.ofDays(7);

  private final MovableClock clock = new MovableClock(ACCEPTED);
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final IngestMetrics metrics = new IngestMetrics(registry);
  private AcceptedLedger ledger;

  @AfterEach
  void close() throws InterruptedException {
    ledger.close();
  }

  @Test
  void sweepKeepsAnIdUntilItsRevisionWindowClosesWhenThatIsAfterTheRetention() {
    Instant windowEnd = ACCEPTED.plus(Duration.ofDays(30));
    ledger = ledger(1_000, windowEnd);
    MetricEvent event = event("window-later");
    accept(event);

    sweepAt(ACCEPTED.plus(RETENTION).plus(Duration.ofMinutes(1)));
    assertThat(verdictOn(event)).isEqualTo(Verdict.DUPLICATE);
    sweepAt(windowEnd);
    assertThat(verdictOn(event)).isEqualTo(Verdict.DUPLICATE);

    sweepAt(windowEnd.plus(Duration.ofMinutes(1)));
    assertThat(ledger.size()).isZero();
    assertThat(verdictOn(event)).isEqualTo(Verdict.NEW);
  }

  @Test
  void sweepKeepsAnIdForTheRetentionWhenItsRevisionWindowClosesSooner() {
    ledger = ledger(1_000, ACCEPTED.plus(Duration.ofDays(1)));
    MetricEvent event = event("retention-later");
    accept(event);

    sweepAt(ACCEPTED.plus(Duration.ofDays(2)));
    assertThat(verdictOn(event)).isEqualTo(Verdict.DUPLICATE);
    sweepAt(ACCEPTED.plus(RETENTION));
    assertThat(verdictOn(event)).isEqualTo(Verdict.DUPLICATE);

    sweepAt(ACCEPTED.plus(RETENTION).plus(Duration.ofMinutes(1)));
    assertThat(ledger.size()).isZero();
    assertThat(verdictOn(event)).isEqualTo(Verdict.NEW);
  }

  @Test
  void aFloodOfNewIdsStaysWithinTheBoundAndTheMeterCountsWhatItForgotEarly() {
    int bound = 1_000;
    ledger = ledger(bound, null);
    metrics.ledgerForgottenEarly(ledger::forgottenEarly);
    int flood = 20 * bound;

    for (int i = 0; i < flood; i++) {
      accept(event("flood-" + i));
      assertThat(ledger.size()).isLessThanOrEqualTo(bound);
    }
    ledger.sweep();

    double counted = registry.get("dx.ingest.ledger.forgotten-early").functionCounter().count();
    assertThat(counted).isEqualTo(flood - ledger.size()).isPositive();
    // The latest ids expire last, so they are the ones still known.
    assertThat(verdictOn(event("flood-" + (flood - 1)))).isEqualTo(Verdict.DUPLICATE);
    assertThat(verdictOn(event("flood-0"))).isEqualTo(Verdict.NEW);
  }

  private AcceptedLedger ledger(long maxIds, Instant windowEnd) {
    return new AcceptedLedger(
        Map.of("bootstrap.servers", "never-started:9092"),
        RETENTION,
        maxIds,
        clock,
        "this-instance",
        event -> windowEnd);
  }

  /** Accepts the event as a request stores it, a second after the one before. */
  private void accept(MetricEvent event) {
    Claim claim = ledger.claim(List.of(new AcceptedLedger.Offer(event, false)), Duration.ZERO);
    assertThat(claim.keys()).hasSize(1);
    ledger.release(claim, true);
    clock.advance(Duration.ofSeconds(1));
  }

  private Verdict verdictOn(MetricEvent event) {
    Claim claim = ledger.claim(List.of(new AcceptedLedger.Offer(event, false)), Duration.ZERO);
    ledger.release(claim, false);
    return claim.verdict(0);
  }

  private void sweepAt(Instant when) {
    clock.advance(Duration.between(clock.instant(), when));
    ledger.sweep();
  }

  private static MetricEvent event(String id) {
    return MetricEvent.ratio(
        id, "e-office", "21583", "work-records-online", ACCEPTED.minus(Duration.ofHours(1)), 1, 2);
  }
}
