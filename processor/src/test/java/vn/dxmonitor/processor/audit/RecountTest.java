package vn.dxmonitor.processor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.catalog.BuiltInCatalog;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.unit.UnitLevel;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.processor.support.EveryKindCatalog;
import vn.dxmonitor.processor.support.TopologyHarness;

/**
 * The recount and the processor agree on every kind when nothing goes wrong, and the comparison
 * notices a value that counted an event twice or missed one.
 */
class RecountTest {

  private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
  private static final List<String> INDICATORS =
      List.of(
          BuiltInCatalog.WORK_RECORDS_ONLINE,
          EveryKindCatalog.SUMMED,
          EveryKindCatalog.SHARE,
          EveryKindCatalog.COUNTER,
          EveryKindCatalog.COVERAGE);

  private final Catalog catalog = EveryKindCatalog.create();
  private final UnitHistory units = UnitHistory.timeless(BuiltInUnits.giaLai());
  private final List<String> communes =
      BuiltInUnits.giaLai().all().stream()
          .filter(unit -> unit.level() == UnitLevel.COMMUNE)
          .map(Unit::code)
          .toList();
  private TopologyHarness topology;
  private Recount recount;

  @BeforeEach
  void start() {
    topology = new TopologyHarness(catalog, units, NOW);
    recount = new Recount(CatalogSource.fixed(catalog, units));
  }

  @AfterEach
  void stop() {
    topology.close();
  }

  @Test
  void aRandomStreamWithRetriesAndReportsOutOfOrderRecountsToWhatTheProcessorPublished() {
    List<MetricEvent> sent = randomEvents(600, new Random(7));
    sent.forEach(topology::send);
    sent.forEach(recount::add);

    Map<String, IndicatorValue> published = topology.values();

    assertThat(recount.counted()).isLessThan(sent.size()).isGreaterThan(sent.size() * 8L / 10);
    assertThat(published).hasSize(recount.keys().size());
    assertThat(ValueComparison.compare(recount, published, "topology")).isEmpty();
  }

  @Test
  void aValueThatCountedAnEventTwiceOrMissedOneIsADifference() {
    List<MetricEvent> sent = randomEvents(300, new Random(11));
    sent.forEach(topology::send);
    sent.forEach(recount::add);
    Map<String, IndicatorValue> published = new HashMap<>(topology.values());
    String ratioKey = communes.get(0) + "|" + BuiltInCatalog.WORK_RECORDS_ONLINE;
    IndicatorValue ratio = published.get(ratioKey);
    published.put(
        ratioKey,
        withCounts(ratio, ratio.activity().events() + 1, ratio.window().denominator() + 1));
    String missing = communes.get(1) + "|" + EveryKindCatalog.COUNTER;
    published.remove(missing);

    List<Difference> differences = ValueComparison.compare(recount, published, "topic");

    assertThat(differences)
        .extracting(Difference::key, Difference::field)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(ratioKey, "events"),
            org.assertj.core.groups.Tuple.tuple(ratioKey, "denominator"),
            org.assertj.core.groups.Tuple.tuple(missing, "presence"));
  }

  private List<MetricEvent> randomEvents(int count, Random random) {
    List<MetricEvent> events = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (!events.isEmpty() && random.nextInt(10) == 0) {
        events.add(events.get(random.nextInt(events.size()))); // a retry
        continue;
      }
      String unit =
          random.nextInt(20) == 0
              ? BuiltInUnits.GIA_LAI
              : communes.get(random.nextInt(communes.size()));
      String indicator = INDICATORS.get(random.nextInt(INDICATORS.size()));
      Instant at = NOW.minus(Duration.ofMinutes(1 + random.nextInt(5 * 24 * 60)));
      String id = "r-" + i;
      events.add(
          switch (indicator) {
            case EveryKindCatalog.SUMMED, EveryKindCatalog.SHARE ->
                new MetricEvent(
                    id,
                    "test",
                    unit,
                    indicator,
                    at,
                    null,
                    null,
                    random.nextInt(1000) / 10.0,
                    null,
                    null);
            case EveryKindCatalog.COUNTER ->
                new MetricEvent(
                    id,
                    "test",
                    unit,
                    indicator,
                    at,
                    null,
                    null,
                    null,
                    1L + random.nextInt(4),
                    null);
            case EveryKindCatalog.COVERAGE ->
                new MetricEvent(
                    id, "test", unit, indicator, at, null, null, null, null, random.nextBoolean());
            default -> {
              long denominator = 1 + random.nextInt(4);
              yield MetricEvent.ratio(
                  id, "test", unit, indicator, at, random.nextLong(denominator + 1), denominator);
            }
          });
    }
    return events;
  }

  private static IndicatorValue withCounts(IndicatorValue v, long events, long denominator) {
    return new IndicatorValue(
        v.where(),
        v.indicator(),
        v.kind(),
        new IndicatorValue.Window(
            v.window().windowDays(), v.window().numerator(), denominator, v.window().value()),
        v.yearToDate(),
        new IndicatorValue.Activity(events, v.activity().lastEventAt(), v.activity().dailyCounts()),
        v.standing(),
        v.periodToDate(),
        v.children(),
        v.updatedAt());
  }
}
