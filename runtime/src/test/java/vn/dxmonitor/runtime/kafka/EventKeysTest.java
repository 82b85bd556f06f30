package vn.dxmonitor.runtime.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.unit.Succession;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.unit.UnitLevel;
import vn.dxmonitor.model.unit.UnitVersion;

class EventKeysTest {

  private static final java.time.LocalDate REFORM = java.time.LocalDate.of(2025, 7, 1);
  private static final Instant AFTER = Instant.parse("2026-11-23T03:00:00Z");
  private static final Instant BEFORE = Instant.parse("2025-06-10T03:00:00Z");

  private final UnitHistory units =
      new UnitHistory(
          List.of(
              new UnitVersion(
                  new Unit("64", "Tỉnh Gia Lai (cũ)", UnitLevel.PROVINCE, null), "", null, REFORM),
              new UnitVersion(
                  new Unit("23560", "Phường Hội Thương", UnitLevel.COMMUNE, "64"),
                  "",
                  null,
                  REFORM),
              new UnitVersion(
                  new Unit("52", "Tỉnh Gia Lai", UnitLevel.PROVINCE, null), "", null, null),
              new UnitVersion(
                  new Unit("23561", "Phường Pleiku", UnitLevel.COMMUNE, "52"), "", REFORM, null),
              new UnitVersion(
                  new Unit("52-h1", "Bệnh viện", UnitLevel.INSTITUTION, "23561"),
                  "",
                  REFORM,
                  null)),
          List.of(new Succession(UnitLevel.COMMUNE, "23560", "", "23561", "", true, REFORM)));

  @Test
  void anEventIsKeyedByTheProvinceItsUnitStandsInAndItsIndicator() {
    assertThat(EventKeys.of(event("52-h1", AFTER), units)).isEqualTo("52|work-records-online");
    assertThat(EventKeys.of(event("23561", AFTER), units)).isEqualTo("52|work-records-online");
  }

  @Test
  void aRetiredCodeSentAfterTheReformIsKeyedAsItsSuccessor() {
    assertThat(EventKeys.of(event("23560", AFTER), units)).isEqualTo("52|work-records-online");
  }

  @Test
  void aRetiredCodeOnADayItStoodIsKeyedByTheProvinceItLastBelongedTo() {
    assertThat(EventKeys.of(event("23560", BEFORE), units)).isEqualTo("64|work-records-online");
  }

  @Test
  void thePartitionOfAKeyIsTheOneTheProducersDefaultPartitionerChooses() {
    for (String province : List.of("01", "52", "64", "79", "96")) {
      for (int partitions : new int[] {1, 3, 6, 12}) {
        String key = province + "|work-records-online";
        assertThat(EventKeys.partitionOf(key, partitions))
            .isEqualTo(
                BuiltInPartitioner.partitionForKey(
                    key.getBytes(StandardCharsets.UTF_8), partitions));
      }
    }
  }

  private static MetricEvent event(String unit, Instant at) {
    return MetricEvent.ratio("e-1", "test", unit, "work-records-online", at, 1, 1);
  }
}
