package vn.dxmonitor.processor.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.catalog.BuiltInCatalog;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.unit.UnitLevel;
import vn.dxmonitor.model.unit.UnitVersion;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.processor.support.TopologyHarness;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.runtime.kafka.EventKeys;

/**
 * Events are read keyed {@code province|indicator}; whatever key a producer chose, and wherever a
 * unit stood on the event's day, every event counts once and in the right values.
 */
class EventKeysTopologyTest {

  private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
  private static final String QUY_NHON = "21583";
  private static final String AN_LAO = "21609";
  private static final String KON_TUM = "62";
  private static final String RECORDS = BuiltInCatalog.WORK_RECORDS_ONLINE;

  private TopologyHarness topology;

  @AfterEach
  void closeDriver() {
    topology.close();
  }

  @Test
  void aRetryKeyedByUnitCodeMeetsTheOriginalKeyedByProvince() {
    UnitHistory units = UnitHistory.timeless(BuiltInUnits.giaLai());
    topology = new TopologyHarness(BuiltInCatalog.create(), units, NOW);
    MetricEvent original = event("a-1", QUY_NHON, NOW.minus(Duration.ofHours(5)));

    topology.send(original);
    topology.send(QUY_NHON, JsonCodec.write(original));
    topology.send(AN_LAO, JsonCodec.write(event("b-1", AN_LAO, NOW.minus(Duration.ofHours(4)))));

    Map<String, IndicatorValue> values = topology.values();
    assertThat(EventKeys.of(original, units)).isEqualTo("52|" + RECORDS);
    assertThat(values.get(QUY_NHON + "|" + RECORDS).window().denominator()).isEqualTo(1);
    assertThat(values.get(AN_LAO + "|" + RECORDS).window().denominator()).isEqualTo(1);
    assertThat(values.get("52|" + RECORDS).window().denominator()).isEqualTo(2);
  }

  @Test
  void anEventFromBeforeAUnitMovedProvinceCountsForTheProvinceItStoodInThatDay() {
    LocalDate moved = VietnamTime.dateOf(NOW).minusDays(1);
    topology = new TopologyHarness(BuiltInCatalog.create(), quyNhonMovedFromKonTum(moved), NOW);

    topology.send(event("m-1", QUY_NHON, NOW.minus(Duration.ofDays(3))));
    topology.send(event("m-2", QUY_NHON, NOW.minus(Duration.ofHours(2))));

    Map<String, IndicatorValue> values = topology.values();
    assertThat(values.get(QUY_NHON + "|" + RECORDS).window().denominator()).isEqualTo(2);
    assertThat(values.get(KON_TUM + "|" + RECORDS).window().denominator()).isEqualTo(1);
    assertThat(values.get("52|" + RECORDS).window().denominator()).isEqualTo(1);
  }

  /** Gia Lai as built in, but Quy Nhơn stood under a province Kon Tum until {@code moved}. */
  private static UnitHistory quyNhonMovedFromKonTum(LocalDate moved) {
    List<UnitVersion> versions = new ArrayList<>();
    for (Unit unit : BuiltInUnits.giaLai().all()) {
      if (unit.code().equals(QUY_NHON)) {
        versions.add(new UnitVersion(unit, "", moved, null));
        versions.add(
            new UnitVersion(
                new Unit(QUY_NHON, unit.name(), UnitLevel.COMMUNE, KON_TUM), "", null, moved));
      } else {
        versions.add(new UnitVersion(unit, "", null, null));
      }
    }
    versions.add(
        new UnitVersion(
            new Unit(KON_TUM, "Tỉnh Kon Tum", UnitLevel.PROVINCE, null), "", null, moved));
    return new UnitHistory(versions, List.of());
  }

  private static MetricEvent event(String id, String unit, Instant occurredAt) {
    return MetricEvent.ratio(id, "test", unit, RECORDS, occurredAt, 1, 1);
  }
}
