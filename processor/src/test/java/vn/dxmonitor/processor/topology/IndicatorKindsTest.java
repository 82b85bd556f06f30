package vn.dxmonitor.processor.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.catalog.BuiltInCatalog;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.value.HistoryPoint;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.model.value.ValueKey;
import vn.dxmonitor.processor.support.EveryKindCatalog;
import vn.dxmonitor.processor.support.TopologyHarness;

/**
 * The four kinds of DESIGN.md through the service's topology: what each value is, how it rolls up
 * to the province, how late events correct it, and how time alone moves its status.
 */
class IndicatorKindsTest {

  private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
  private static final String PROVINCE = BuiltInUnits.GIA_LAI;
  private static final List<String> COMMUNES =
      List.of("21553", "21583", "21589", "21592", "21601", "21607", "21609");
  private static final String RECORDS = BuiltInCatalog.WORK_RECORDS_ONLINE;
  private static final String SUMMED = EveryKindCatalog.SUMMED;
  private static final String SHARE = EveryKindCatalog.SHARE;
  private static final String COUNTER = EveryKindCatalog.COUNTER;
  private static final String COVERAGE = EveryKindCatalog.COVERAGE;
  private static final LocalDate PLAN_START = EveryKindCatalog.PLAN_START;

  private TopologyHarness topology;
  private int ids;

  @BeforeEach
  void start() {
    topology =
        new TopologyHarness(
            EveryKindCatalog.create(), UnitHistory.timeless(BuiltInUnits.giaLai()), NOW);
  }

  @AfterEach
  void stop() {
    topology.close();
  }

  @Test
  void aMeasurementIsTheLatestReportByOccurredAtAndItsProvinceSumsTheCommunes() {
    topology.send(measurement(SUMMED, COMMUNES.get(0), hoursAgo(10), 12));
    topology.send(measurement(SUMMED, COMMUNES.get(0), hoursAgo(30), 99)); // older: ignored
    topology.send(measurement(SUMMED, COMMUNES.get(1), hoursAgo(5), 5));

    assertThat(topology.value(COMMUNES.get(0), SUMMED).window().value()).isEqualTo(12.0);
    assertThat(topology.value(PROVINCE, SUMMED).window().value()).isEqualTo(17.0);

    topology.send(measurement(SUMMED, COMMUNES.get(0), hoursAgo(1), 20));

    assertThat(topology.value(COMMUNES.get(0), SUMMED).window().value()).isEqualTo(20.0);
    assertThat(topology.value(PROVINCE, SUMMED).window().value()).isEqualTo(25.0);
  }

  @Test
  void aMeasurementReportedForTheProvinceItselfIsNotRolledUpFromBelow() {
    topology.send(measurement(SHARE, COMMUNES.get(0), hoursAgo(2), 40));
    topology.send(measurement(SHARE, PROVINCE, hoursAgo(2), 12.5));

    assertThat(topology.value(PROVINCE, SHARE).window().value()).isEqualTo(12.5);
    assertThat(topology.value(COMMUNES.get(0), SHARE).window().value()).isEqualTo(40.0);
  }

  @Test
  void aCounterSumsItsCountsSinceThePlansStartAtEveryLevel() {
    topology.send(count(COMMUNES.get(0), hoursAgo(3), 3));
    topology.send(count(COMMUNES.get(1), hoursAgo(2), 4));
    topology.send(count(COMMUNES.get(1), hoursAgo(1), 1));

    IndicatorValue province = topology.value(PROVINCE, COUNTER);
    assertThat(province.window().value()).isEqualTo(8.0);
    assertThat(province.periodToDate().periodStart()).isEqualTo(PLAN_START);
    assertThat(topology.value(COMMUNES.get(1), COUNTER).window().value()).isEqualTo(5.0);
  }

  @Test
  void aCoverageCountsEveryCommuneOfTheRegistryNotOnlyThoseThatReported() {
    topology.send(compliance(COMMUNES.get(0), hoursAgo(5), true));
    topology.send(compliance(COMMUNES.get(1), hoursAgo(5), true));
    topology.send(compliance(COMMUNES.get(2), hoursAgo(5), false));

    IndicatorValue province = topology.value(PROVINCE, COVERAGE);
    int communes = BuiltInUnits.giaLai().children(PROVINCE).size();
    assertThat(province.window().numerator()).isEqualTo(2);
    assertThat(province.window().denominator()).isEqualTo(communes);
    assertThat(province.window().value()).isCloseTo(100.0 * 2 / communes, within(1e-9));
    assertThat(topology.value(COMMUNES.get(2), COVERAGE).window().value()).isEqualTo(0.0);

    topology.send(compliance(COMMUNES.get(2), hoursAgo(1), true));
    topology.send(compliance(COMMUNES.get(0), hoursAgo(1), false));
    topology.send(compliance(COMMUNES.get(1), hoursAgo(9), false)); // older than its last: ignored

    assertThat(topology.value(PROVINCE, COVERAGE).window().numerator()).isEqualTo(2);
    assertThat(topology.value(COMMUNES.get(1), COVERAGE).window().value()).isEqualTo(100.0);
  }

  @Test
  void aLateEventInsideTheGraceCorrectsItsDaysAndALaterOneIsADeadLetter() {
    topology.send(ratio(COMMUNES.get(0), hoursAgo(1), 1, 1));
    topology.newPoints();

    topology.send(ratio(COMMUNES.get(0), NOW.minus(Duration.ofDays(3)), 0, 1));
    topology.send(ratio(COMMUNES.get(0), NOW.minus(Duration.ofDays(8)), 1, 1));

    IndicatorValue commune = topology.value(COMMUNES.get(0), RECORDS);
    assertThat(commune.window().numerator()).isEqualTo(1);
    assertThat(commune.window().denominator()).isEqualTo(2);
    List<HistoryPoint> corrected =
        topology.newPoints().stream().filter(p -> p.unit().equals(COMMUNES.get(0))).toList();
    LocalDate today = VietnamTime.dateOf(NOW);
    assertThat(corrected)
        .extracting(HistoryPoint::day)
        .containsExactlyInAnyOrder(today.minusDays(3), today.minusDays(2), today.minusDays(1));
    assertThat(corrected.stream().filter(p -> p.day().equals(today.minusDays(3))).findFirst())
        .get()
        .extracting(HistoryPoint::value)
        .isEqualTo(0.0);
    assertThat(topology.newDeadLetters())
        .singleElement()
        .extracting(TopologyHarness::reason)
        .asString()
        .startsWith("too-late");
  }

  @Test
  void aDaysPointIsTheValueAsTheDayClosedAndIsPublishedOnceItIsOver() {
    topology.send(ratio(COMMUNES.get(0), hoursAgo(2), 1, 2));
    topology.send(ratio(COMMUNES.get(0), hoursAgo(1), 1, 2));
    assertThat(topology.newPoints()).isEmpty();
    LocalDate today = VietnamTime.dateOf(NOW);

    topology.advance(Duration.ofDays(1));

    List<HistoryPoint> closed = topology.newPoints();
    assertThat(closed)
        .filteredOn(point -> point.unit().equals(COMMUNES.get(0)))
        .singleElement()
        .satisfies(
            point -> {
              assertThat(point.day()).isEqualTo(today);
              assertThat(point.numerator()).isEqualTo(2);
              assertThat(point.denominator()).isEqualTo(4);
              assertThat(point.value()).isEqualTo(50.0);
            });
    assertThat(closed)
        .filteredOn(point -> point.unit().equals(PROVINCE))
        .extracting(HistoryPoint::day)
        .containsExactly(today);
  }

  @Test
  void aKeyThatManyEventsChangeWithinOnePublishIntervalIsPublishedOnce() {
    for (int i = 0; i < 40; i++) {
      topology.send(ratio(COMMUNES.get(i % COMMUNES.size()), hoursAgo(1), 1, 1));
    }

    List<IndicatorValue> published = topology.newValues();

    assertThat(forUnit(published, PROVINCE))
        .singleElement()
        .satisfies(
            province -> {
              assertThat(province.window().numerator()).isEqualTo(40);
              assertThat(province.activity().events()).isEqualTo(40);
            });
    assertThat(published).hasSize(1 + COMMUNES.size());
  }

  @Test
  void theProvinceEqualsTheSumOfItsCommunesAfterEveryEvent() {
    Random random = new Random(11);
    for (int i = 0; i < 300; i++) {
      String commune = COMMUNES.get(random.nextInt(COMMUNES.size()));
      long denominator = 1 + random.nextInt(3);
      Instant at = NOW.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 6)));
      topology.send(ratio(commune, at, random.nextInt((int) denominator + 1), denominator));
      if (random.nextInt(4) == 0) {
        topology.send(count(commune, at, 1 + random.nextInt(5)));
      }

      Map<String, IndicatorValue> published = topology.values();
      for (String indicator : List.of(RECORDS, COUNTER)) {
        IndicatorValue province = published.get(ValueKey.of(PROVINCE, indicator));
        long numerators = 0;
        long denominators = 0;
        for (String each : COMMUNES) {
          IndicatorValue value = published.get(ValueKey.of(each, indicator));
          if (value != null) {
            numerators += value.window().numerator();
            denominators += value.window().denominator();
          }
        }
        if (province != null) {
          assertThat(province.window().numerator()).as("after event %d", i).isEqualTo(numerators);
          assertThat(province.window().denominator())
              .as("after event %d", i)
              .isEqualTo(denominators);
        }
      }
    }
  }

  @Test
  void aUnitThatFallsSilentTurnsNoDataWithoutANewEvent() {
    topology.send(ratio(COMMUNES.get(0), hoursAgo(1), 1, 1));
    assertThat(topology.value(COMMUNES.get(0), RECORDS).standing().status())
        .isNotEqualTo(Status.NO_DATA);
    topology.newValues();

    topology.advance(Duration.ofDays(6));
    List<IndicatorValue> afterSixDays = forUnit(topology.newValues(), COMMUNES.get(0));
    topology.advance(Duration.ofDays(2));
    List<IndicatorValue> afterEightDays = forUnit(topology.newValues(), COMMUNES.get(0));

    assertThat(afterSixDays).allMatch(value -> value.standing().status() != Status.NO_DATA);
    assertThat(afterEightDays)
        .last()
        .extracting(v -> v.standing().status())
        .isEqualTo(Status.NO_DATA);
  }

  @Test
  void anUnchangedValueDriftsFromOnTrackToBehindAsTheTrajectoryRises() {
    topology.send(measurement(SHARE, PROVINCE, hoursAgo(1), 17));
    IndicatorValue first = topology.value(PROVINCE, SHARE);
    assertThat(first.standing().status()).isEqualTo(Status.ON_TRACK);

    topology.advance(Duration.ofDays(200));

    IndicatorValue later = topology.value(PROVINCE, SHARE);
    assertThat(later.window().value()).isEqualTo(17.0);
    assertThat(later.standing().expected()).isGreaterThan(first.standing().expected() + 2);
    assertThat(later.standing().status()).isEqualTo(Status.BEHIND);
    assertThat(later.activity().events()).isEqualTo(first.activity().events());
  }

  @Test
  void anUnchangedStateIsNotPublishedAgain() {
    topology.send(ratio(COMMUNES.get(0), hoursAgo(1), 1, 1));
    topology.newValues();

    topology.advance(Duration.ofMinutes(5));

    assertThat(topology.newValues()).isEmpty();
  }

  @Test
  void theProvinceCountsWhichCommunesReportedWithinTheCadence() {
    topology.send(ratio(COMMUNES.get(0), hoursAgo(1), 1, 1));
    topology.send(ratio(COMMUNES.get(1), hoursAgo(1), 1, 1));

    IndicatorValue province = topology.value(PROVINCE, RECORDS);
    assertThat(province.children().childrenReporting()).isEqualTo(2);
    assertThat(province.children().childrenExpected())
        .isEqualTo(BuiltInUnits.giaLai().children(PROVINCE).size());
    assertThat(topology.value(COMMUNES.get(0), RECORDS).children().childrenExpected()).isNull();
  }

  private static List<IndicatorValue> forUnit(List<IndicatorValue> values, String unit) {
    return values.stream().filter(value -> value.where().unit().equals(unit)).toList();
  }

  private static Instant hoursAgo(int hours) {
    return NOW.minus(Duration.ofHours(hours));
  }

  private MetricEvent ratio(String unit, Instant at, long numerator, long denominator) {
    return MetricEvent.ratio(id(), "test", unit, RECORDS, at, numerator, denominator);
  }

  private MetricEvent measurement(String indicator, String unit, Instant at, double value) {
    return new MetricEvent(id(), "test", unit, indicator, at, null, null, value, null, null);
  }

  private MetricEvent count(String unit, Instant at, long count) {
    return new MetricEvent(id(), "test", unit, COUNTER, at, null, null, null, count, null);
  }

  private MetricEvent compliance(String unit, Instant at, boolean compliant) {
    return new MetricEvent(id(), "test", unit, COVERAGE, at, null, null, null, null, compliant);
  }

  private String id() {
    return "e-" + ids++;
  }
}
