package vn.dxmonitor.processor.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.catalog.BuiltInCatalog;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.Succession;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.unit.UnitLevel;
import vn.dxmonitor.model.unit.UnitVersion;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.processor.support.TopologyHarness;
import vn.dxmonitor.runtime.json.JsonCodec;

class MetricTopologyTest {

  private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
  private static final Instant YESTERDAY = NOW.minus(Duration.ofDays(1));
  private static final String QUY_NHON = "21583";
  private static final String AN_LAO = "21609";
  private static final String RETIRED_WHOLE = "21550";
  private static final String RETIRED_SPLIT = "21556";
  private static final String RECORDS = BuiltInCatalog.WORK_RECORDS_ONLINE;

  private TopologyHarness topology;

  @BeforeEach
  void startTopology() {
    topology = new TopologyHarness(BuiltInCatalog.create(), reorganisedGiaLai(), NOW);
  }

  @AfterEach
  void closeDriver() {
    topology.close();
  }

  @Test
  void sevenOnlineRecordsOutOfTenGiveSeventyPercent() {
    sendBatch(QUY_NHON, "a", 7, 3);

    IndicatorValue commune = latest().get(QUY_NHON + "|" + RECORDS);
    assertThat(commune.window().value()).isEqualTo(70.0);
    assertThat(commune.window().numerator()).isEqualTo(7);
    assertThat(commune.window().denominator()).isEqualTo(10);
    assertThat(commune.yearToDate().valueYtd()).isEqualTo(70.0);
  }

  @Test
  void shouldCountARetriedBatchOnce() {
    sendBatch(QUY_NHON, "a", 7, 3);
    topology.newValues();

    sendBatch(QUY_NHON, "a", 7, 3);

    assertThat(topology.newValues()).isEmpty();
    sendBatch(QUY_NHON, "b", 1, 0);
    IndicatorValue commune = latest().get(QUY_NHON + "|" + RECORDS);
    assertThat(commune.window().numerator()).isEqualTo(8);
    assertThat(commune.window().denominator()).isEqualTo(11);
  }

  @Test
  void provinceValueIsTheRatioOfItsCommunesSums() {
    sendBatch(QUY_NHON, "a", 7, 3);
    sendBatch(AN_LAO, "b", 1, 19);

    IndicatorValue province = latest().get(BuiltInUnits.GIA_LAI + "|" + RECORDS);
    assertThat(province.window().numerator()).isEqualTo(8);
    assertThat(province.window().denominator()).isEqualTo(30);
    assertThat(province.window().value())
        .isCloseTo(100.0 * 8 / 30, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(province.where().level()).isEqualTo("province");
  }

  @Test
  void aCommuneFarBelowItsTrajectoryIsBehind() {
    sendBatch(AN_LAO, "b", 2, 8);

    IndicatorValue commune = latest().get(AN_LAO + "|" + RECORDS);
    assertThat(commune.window().value()).isEqualTo(20.0);
    assertThat(commune.standing().targetId())
        .isEqualTo("binh-dinh-nq-05-nq-tu/work-records-online/commune/2030");
    assertThat(commune.standing().expected()).isBetween(70.0, 80.0);
    assertThat(commune.standing().status()).isEqualTo(Status.BEHIND);
    assertThat(commune.standing().gap()).isNegative();
  }

  @Test
  void eventsOlderThanTheWindowCountForTheYearButNotTheWindow() {
    send(QUY_NHON, event("old-1", QUY_NHON, YESTERDAY, 1, 1));
    topology.clock().advance(Duration.ofDays(31));
    send(
        QUY_NHON,
        event("new-1", QUY_NHON, topology.clock().instant().minus(Duration.ofHours(1)), 0, 1));

    IndicatorValue commune = latest().get(QUY_NHON + "|" + RECORDS);
    assertThat(commune.window().value()).isEqualTo(0.0);
    assertThat(commune.window().denominator()).isEqualTo(1);
    assertThat(commune.yearToDate().valueYtd()).isEqualTo(50.0);
  }

  @Test
  void anInvalidEventGoesToTheDeadLetterTopicWithTheReason() {
    send(QUY_NHON, event("bad-1", QUY_NHON, YESTERDAY, 5, 3));
    topology.send(QUY_NHON, "{not json".getBytes(StandardCharsets.UTF_8));

    List<TestRecord<String, byte[]>> dead = topology.newDeadLetters();
    assertThat(dead).hasSize(2);
    assertThat(TopologyHarness.reason(dead.get(0))).contains("numerator-exceeds-denominator");
    assertThat(TopologyHarness.reason(dead.get(1))).startsWith("unparseable");
    assertThat(topology.deadLetterReasons())
        .containsExactly("numerator-exceeds-denominator", "unparseable");
    assertThat(
            new String(
                dead.get(0).headers().lastHeader("dx.error.code").value(), StandardCharsets.UTF_8))
        .isEqualTo("numerator-exceeds-denominator");
    assertThat(new String(dead.get(1).value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
    assertThat(topology.newValues()).isEmpty();
  }

  @Test
  void anEventForACodeRetiredWholeCountsForItsSuccessor() {
    send(RETIRED_WHOLE, event("r-1", RETIRED_WHOLE, YESTERDAY, 1, 1));

    Map<String, IndicatorValue> latest = latest();
    assertThat(latest).containsKeys(QUY_NHON + "|" + RECORDS, "52|" + RECORDS);
    assertThat(latest).doesNotContainKey(RETIRED_WHOLE + "|" + RECORDS);
    assertThat(latest.get(QUY_NHON + "|" + RECORDS).window().denominator()).isEqualTo(1);
  }

  @Test
  void anEventForASplitCodeGoesToTheDeadLetterTopicNamingTheSuccessors() {
    send(RETIRED_SPLIT, event("s-1", RETIRED_SPLIT, YESTERDAY, 1, 1));

    List<TestRecord<String, byte[]>> dead = topology.newDeadLetters();
    assertThat(dead).singleElement();
    assertThat(TopologyHarness.reason(dead.get(0)))
        .contains("retired-unit-split", QUY_NHON, AN_LAO);
    assertThat(topology.newValues()).isEmpty();
  }

  /** The built-in units since the reform, and two communes it retired: one whole, one split. */
  private static UnitHistory reorganisedGiaLai() {
    LocalDate reform = BuiltInUnits.REFORM;
    List<UnitVersion> versions = new ArrayList<>();
    BuiltInUnits.giaLai()
        .all()
        .forEach(unit -> versions.add(new UnitVersion(unit, "", null, null)));
    versions.add(
        new UnitVersion(
            new Unit(RETIRED_WHOLE, "Phường Lê Lợi", UnitLevel.COMMUNE, "52"), "", null, reform));
    versions.add(
        new UnitVersion(
            new Unit(RETIRED_SPLIT, "Xã An Hưng", UnitLevel.COMMUNE, "52"), "", null, reform));
    return new UnitHistory(
        versions,
        List.of(
            new Succession(UnitLevel.COMMUNE, RETIRED_WHOLE, "", QUY_NHON, "", true, reform),
            new Succession(UnitLevel.COMMUNE, RETIRED_SPLIT, "", QUY_NHON, "", false, reform),
            new Succession(UnitLevel.COMMUNE, RETIRED_SPLIT, "", AN_LAO, "", false, reform)));
  }

  private void sendBatch(String unit, String prefix, int online, int offline) {
    for (int i = 0; i < online + offline; i++) {
      send(unit, event(prefix + "-" + i, unit, YESTERDAY, i < online ? 1 : 0, 1));
    }
  }

  private void send(String unit, MetricEvent event) {
    topology.send(unit, JsonCodec.write(event));
  }

  private static MetricEvent event(
      String id, String unit, Instant occurredAt, long numerator, long denominator) {
    return MetricEvent.ratio(id, "test", unit, RECORDS, occurredAt, numerator, denominator);
  }

  private Map<String, IndicatorValue> latest() {
    return topology.values();
  }
}
