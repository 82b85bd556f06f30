package vn.dxmonitor.processor.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.catalog.BuiltInCatalog;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.revision.RevisionEntry;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.value.HistoryPoint;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.processor.support.EveryKindCatalog;
import vn.dxmonitor.processor.support.TopologyHarness;

/**
 * Revisions, retractions and lateness through the service's topology: the latest accepted figure
 * wins, a retraction takes exactly its event's contribution back at every level, a retry of either
 * changes nothing, and an event is judged at its acceptance, so a reprocess a year later rebuilds
 * the same history.
 */
class RevisionsTest {

  private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
  private static final String PROVINCE = BuiltInUnits.GIA_LAI;
  private static final String QUY_NHON = "21583";
  private static final String AN_LAO = "21609";
  private static final String RECORDS = BuiltInCatalog.WORK_RECORDS_ONLINE;
  private static final String SUMMED = EveryKindCatalog.SUMMED;

  private static TopologyHarness topology() {
    return new TopologyHarness(
        EveryKindCatalog.create(), UnitHistory.timeless(BuiltInUnits.giaLai()), NOW);
  }

  private static MetricEvent ratio(String id, String unit, Instant at, long n, long d) {
    return MetricEvent.ratio(id, "e-office", unit, RECORDS, at, n, d);
  }

  private static MetricEvent figure(String id, String unit, Instant at, double value) {
    return new MetricEvent(id, "stats", unit, SUMMED, at, null, null, value, null, null);
  }

  @Test
  void aRetractedEventLeavesTheUnitAndEveryAncestorOnceHoweverOftenItIsRetracted() {
    try (TopologyHarness topology = topology()) {
      Instant yesterday = NOW.minus(Duration.ofDays(1));
      topology.send(ratio("a", QUY_NHON, yesterday, 3, 4));
      topology.send(ratio("b", QUY_NHON, yesterday, 1, 1));
      topology.send(ratio("c", AN_LAO, yesterday, 0, 5));
      assertThat(topology.value(PROVINCE, RECORDS).window().denominator()).isEqualTo(10);

      MetricEvent retraction =
          MetricEvent.retraction("a", "e-office", QUY_NHON, RECORDS, yesterday);
      topology.send(retraction);
      topology.send(retraction);

      assertThat(topology.value(QUY_NHON, RECORDS).window().numerator()).isEqualTo(1);
      assertThat(topology.value(QUY_NHON, RECORDS).window().denominator()).isEqualTo(1);
      assertThat(topology.value(QUY_NHON, RECORDS).activity().events()).isEqualTo(1);
      assertThat(topology.value(PROVINCE, RECORDS).window().numerator()).isEqualTo(1);
      assertThat(topology.value(PROVINCE, RECORDS).window().denominator()).isEqualTo(6);
      List<RevisionEntry> log = topology.newRevisions();
      assertThat(log).hasSize(1);
      assertThat(log.get(0).action()).isEqualTo(RevisionEntry.RETRACTED);
      assertThat(log.get(0).before().numerator()).isEqualTo(3);
      assertThat(log.get(0).after()).isNull();
      assertThat(topology.newDeadLetters()).isEmpty();
    }
  }

  @Test
  void aRevisedLiveEventReplacesItsCountsAndItsRetryChangesNothing() {
    try (TopologyHarness topology = topology()) {
      Instant yesterday = NOW.minus(Duration.ofDays(1));
      topology.send(ratio("a", QUY_NHON, yesterday, 1, 4));
      topology.send(ratio("a", QUY_NHON, yesterday, 4, 4));
      topology.send(ratio("a", QUY_NHON, yesterday, 4, 4));

      assertThat(topology.value(QUY_NHON, RECORDS).window().numerator()).isEqualTo(4);
      assertThat(topology.value(PROVINCE, RECORDS).window().numerator()).isEqualTo(4);
      assertThat(topology.value(PROVINCE, RECORDS).window().denominator()).isEqualTo(4);
      assertThat(topology.value(PROVINCE, RECORDS).activity().events()).isEqualTo(1);
      assertThat(topology.newRevisions())
          .extracting(RevisionEntry::revision, RevisionEntry::action)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(2, RevisionEntry.REVISED));
    }
  }

  @Test
  void aRevisedStatisticChangesItsUnitAndTheSumAboveAndKeepsTheEarlierFigureInTheLog() {
    try (TopologyHarness topology = topology()) {
      Instant quarterEnd = Instant.parse("2026-09-30T16:59:59Z");
      topology.send(figure("report:21583:summed:2026-Q3", QUY_NHON, quarterEnd, 12));
      topology.send(figure("report:21609:summed:2026-Q3", AN_LAO, quarterEnd, 5));
      assertThat(topology.value(PROVINCE, SUMMED).window().value()).isEqualTo(17.0);

      topology.send(figure("report:21583:summed:2026-Q3", QUY_NHON, quarterEnd, 20));

      assertThat(topology.value(QUY_NHON, SUMMED).window().value()).isEqualTo(20.0);
      assertThat(topology.value(PROVINCE, SUMMED).window().value()).isEqualTo(25.0);
      RevisionEntry revision = topology.newRevisions().get(0);
      assertThat(revision.before().value()).isEqualTo(12.0);
      assertThat(revision.after().value()).isEqualTo(20.0);

      topology.send(
          MetricEvent.retraction(
              "report:21583:summed:2026-Q3", "stats", QUY_NHON, SUMMED, quarterEnd));

      assertThat(topology.value(QUY_NHON, SUMMED).window().value()).isNull();
      assertThat(topology.value(PROVINCE, SUMMED).window().value()).isEqualTo(5.0);
    }
  }

  @Test
  void aRetractionOfAnEventNeverCountedAndARevisionMovingAFigureAreDeadLettered() {
    try (TopologyHarness topology = topology()) {
      Instant yesterday = NOW.minus(Duration.ofDays(1));
      topology.send(MetricEvent.retraction("ghost", "e-office", QUY_NHON, RECORDS, yesterday));
      topology.send(ratio("a", QUY_NHON, yesterday, 1, 1));
      topology.send(ratio("a", QUY_NHON, yesterday.minus(Duration.ofHours(1)), 1, 1));

      assertThat(topology.newDeadLetters())
          .extracting(TopologyHarness::reason)
          .satisfiesExactly(
              reason -> assertThat(reason).startsWith("unknown-event"),
              reason -> assertThat(reason).startsWith("revision-changes-figure"));
      assertThat(topology.value(QUY_NHON, RECORDS).window().denominator()).isEqualTo(1);
    }
  }

  @Test
  void aReprocessAYearLaterRebuildsEveryHistoryPointAndDeadLettersNothingMore() {
    List<MetricEvent> events = new ArrayList<>();
    for (int day = 0; day < 20; day++) {
      Instant at = NOW.minus(Duration.ofDays(20 - day));
      events.add(ratio("r" + day, QUY_NHON, at, day % 3, 3));
      events.add(ratio("s" + day, AN_LAO, at, 1, 2));
      events.add(figure("f" + day, AN_LAO, at, day));
    }
    // One revision and one retraction among them, and one event sent after its window closed
    events.add(ratio("r5", QUY_NHON, NOW.minus(Duration.ofDays(15)), 3, 3));
    events.add(
        MetricEvent.retraction("s19", "e-office", AN_LAO, RECORDS, NOW.minus(Duration.ofDays(1))));
    events.add(ratio("late", QUY_NHON, NOW.minus(Duration.ofDays(30)), 1, 1));

    Map<String, HistoryPoint> before;
    List<String> deadBefore;
    Map<String, String> valuesBefore;
    try (TopologyHarness first = topology()) {
      // Each event accepted the day it happened (the late one today), as ingest would stamp it
      for (MetricEvent event : events) {
        Instant accepted = event.eventId().equals("late") ? NOW : event.occurredAt();
        first.sendWrittenAt(event.withAcceptance(accepted, "key-1"), accepted);
      }
      first.advance(Duration.ofDays(1));
      before = points(first.newPoints());
      deadBefore = first.newDeadLetters().stream().map(TopologyHarness::reason).toList();
      valuesBefore = timeless(first.values());
    }
    try (TopologyHarness later = topology()) {
      later.advance(Duration.ofDays(365));
      for (MetricEvent event : events) {
        Instant accepted = event.eventId().equals("late") ? NOW : event.occurredAt();
        later.sendWrittenAt(event.withAcceptance(accepted, "key-1"), accepted);
      }
      later.advance(Duration.ofMinutes(1));
      Map<String, HistoryPoint> after = points(later.newPoints());
      List<String> deadAfter =
          later.newDeadLetters().stream().map(TopologyHarness::reason).toList();

      assertThat(deadBefore)
          .hasSize(1)
          .allSatisfy(reason -> assertThat(reason).startsWith("too-late"));
      assertThat(deadAfter).isEqualTo(deadBefore);
      LocalDate lastDay = LocalDate.of(2026, 11, 23);
      Map<String, HistoryPoint> afterUpToThen = new TreeMap<>();
      after.forEach(
          (key, point) -> {
            if (!point.day().isAfter(lastDay)) {
              afterUpToThen.put(key, point);
            }
          });
      assertThat(before).isNotEmpty();
      assertThat(afterUpToThen).isEqualTo(before);
      // What a value holds that time alone does not move: the events in it, a statistic's figure
      assertThat(timeless(later.values())).isEqualTo(valuesBefore);
    }
  }

  /** Of each value, what does not depend on the day it is computed: its events and figure. */
  private static Map<String, String> timeless(Map<String, IndicatorValue> values) {
    Map<String, String> parts = new TreeMap<>();
    values.forEach(
        (key, value) ->
            parts.put(
                key,
                value.activity().events()
                    + " events"
                    + (value.indicator().equals(SUMMED)
                        ? ", figure " + value.window().value()
                        : "")));
    return parts;
  }

  /** The latest point of each unit, indicator and day. */
  private static Map<String, HistoryPoint> points(List<HistoryPoint> published) {
    Map<String, HistoryPoint> latest = new TreeMap<>();
    published.forEach(point -> latest.put(point.key(), point));
    return latest;
  }
}
