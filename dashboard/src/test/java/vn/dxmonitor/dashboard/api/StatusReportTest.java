package vn.dxmonitor.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.dashboard.status.ValueTable;
import vn.dxmonitor.dashboard.support.Values;
import vn.dxmonitor.model.catalog.BuiltInCatalog;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.trajectory.Status;

class StatusReportTest {

  private static final Instant NOW = Instant.parse("2026-11-20T02:15:00Z");
  private final Catalog catalog = BuiltInCatalog.create();

  @Test
  void listsEveryIndicatorInCatalogOrderWithNullsWhereNothingWasProduced() {
    ValueTable values =
        ValueTable.of(
            List.of(
                Values.value(
                    "21583", BuiltInCatalog.TTHC_DOSSIERS_ONLINE, 853, Status.ON_TRACK, NOW),
                Values.value(
                    "21609", BuiltInCatalog.WORK_RECORDS_ONLINE, 200, Status.BEHIND, NOW)));

    List<StatusEntry> report = StatusReport.of("21583", catalog.indicators(), values);

    assertThat(report)
        .extracting(StatusEntry::indicator)
        .containsExactlyElementsOf(catalog.indicators().stream().map(Indicator::id).toList());
    StatusEntry records = report.get(0);
    assertThat(records.indicator()).isEqualTo(BuiltInCatalog.WORK_RECORDS_ONLINE);
    assertThat(records.value()).isNull();
    assertThat(records.status()).isNull();
    assertThat(records.unit()).isEqualTo("21583");
    StatusEntry dossiers = report.get(1);
    assertThat(dossiers.value()).isEqualTo(85.3);
    assertThat(dossiers.numerator()).isEqualTo(853);
    assertThat(dossiers.denominator()).isEqualTo(1000);
    assertThat(dossiers.expected()).isEqualTo(80.0);
    assertThat(dossiers.target()).isEqualTo(90.0);
    assertThat(dossiers.deadline()).isEqualTo(Values.DEADLINE);
    assertThat(dossiers.status()).isEqualTo(Status.ON_TRACK);
    assertThat(dossiers.updatedAt()).isEqualTo(NOW);
  }
}
