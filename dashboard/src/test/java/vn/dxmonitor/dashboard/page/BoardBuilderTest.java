package vn.dxmonitor.dashboard.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.dashboard.page.Board.Cell;
import vn.dxmonitor.dashboard.page.Board.Row;
import vn.dxmonitor.dashboard.status.ValueTable;
import vn.dxmonitor.dashboard.support.Values;
import vn.dxmonitor.model.alert.AlertState;
import vn.dxmonitor.model.catalog.BuiltInCatalog;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitRegistry;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.runtime.json.JsonCodec;

class BoardBuilderTest {

  private static final Instant NOW = Instant.parse("2026-11-20T02:15:00Z");
  private static final String RECORDS = BuiltInCatalog.WORK_RECORDS_ONLINE;
  private static final String DOSSIERS = BuiltInCatalog.TTHC_DOSSIERS_ONLINE;

  private final Catalog catalog = BuiltInCatalog.create();
  private final UnitRegistry units = BuiltInUnits.giaLai();
  private final Unit province = units.find(BuiltInUnits.GIA_LAI).orElseThrow();
  private final DashboardMessages messages = new DashboardMessages();

  @Test
  void rowsAreTheProvinceThenItsUnitsInRegistryOrderWithACellPerIndicator() {
    Board board =
        builder(PageLanguage.VIETNAMESE)
            .build(province, ValueTable.of(List.of()), List.of(), false);

    assertThat(board.rows()).extracting(Row::code).first().isEqualTo("52");
    assertThat(board.rows())
        .extracting(Row::code)
        .containsExactlyElementsOf(units.all().stream().map(Unit::code).toList());
    assertThat(board.rows().get(0).root()).isTrue();
    assertThat(board.rows().get(1).root()).isFalse();
    assertThat(board.rows().get(1).level()).isEqualTo("Cấp xã");
    assertThat(board.rows())
        .allSatisfy(
            row ->
                assertThat(row.cells())
                    .extracting(Cell::indicator)
                    .containsExactly(RECORDS, DOSSIERS));
  }

  @Test
  void aCellShowsValueExpectedAndTargetInVietnameseWithItsStatusColour() {
    ValueTable values =
        ValueTable.of(List.of(Values.value("21583", RECORDS, 853, Status.AT_RISK, NOW)));

    Cell cell =
        cell(
            builder(PageLanguage.VIETNAMESE).build(province, values, List.of(), false),
            "21583",
            RECORDS);

    assertThat(cell.value()).isEqualTo("85,3");
    assertThat(cell.expected()).isEqualTo("80,0");
    assertThat(cell.target()).isEqualTo(">= 90,0");
    assertThat(cell.deadline()).isEqualTo("31/12/2030");
    assertThat(cell.statusClass()).isEqualTo("status-at-risk");
    assertThat(cell.toneClass()).isEqualTo("tone-amber");
    assertThat(cell.statusLabel()).isEqualTo("Có nguy cơ");
  }

  @Test
  void aCellWithoutAValueIsGreyWithNoData() {
    Cell cell =
        cell(
            builder(PageLanguage.VIETNAMESE)
                .build(province, ValueTable.of(List.of()), List.of(), false),
            "52",
            DOSSIERS);

    assertThat(cell.status()).isEqualTo(Status.NO_DATA);
    assertThat(cell.toneClass()).isEqualTo("tone-grey");
    assertThat(cell.statusLabel()).isEqualTo("Chưa có dữ liệu");
    assertThat(cell.value()).isEqualTo(Numbers.NONE);
  }

  @Test
  void englishReadersGetEnglishLabelsNumbersAndIndicatorNames() {
    ValueTable values =
        ValueTable.of(List.of(Values.value("21583", RECORDS, 853, Status.ON_TRACK, NOW)));

    Board board = builder(Locale.ENGLISH).build(province, values, List.of(), false);

    Cell cell = cell(board, "21583", RECORDS);
    assertThat(cell.value()).isEqualTo("85.3");
    assertThat(cell.statusLabel()).isEqualTo("On track");
    assertThat(board.columns().get(0).name()).isEqualTo("Work records processed online");
  }

  @Test
  void theScriptGetsEveryStatusWithItsLabelAndClasses() {
    Board board =
        builder(PageLanguage.VIETNAMESE)
            .build(province, ValueTable.of(List.of()), List.of(), false);

    JsonNode statuses = JsonCodec.mapper().readTree(board.statuses());
    for (Status status : Status.values()) {
      assertThat(statuses.has(status.name())).as(status.name()).isTrue();
    }
    JsonNode behind = statuses.get("BEHIND");
    assertThat(behind.get("label").stringValue()).isEqualTo("Chậm");
    assertThat(behind.get("statusClass").stringValue()).isEqualTo("status-behind");
    assertThat(behind.get("toneClass").stringValue()).isEqualTo("tone-red");
  }

  @Test
  void alertsNameTheirUnitAndIndicator() {
    var alert = Values.alert("21583", RECORDS, AlertState.FIRING, "behind trajectory", NOW);

    Board board =
        builder(PageLanguage.VIETNAMESE)
            .build(province, ValueTable.of(List.of()), List.of(alert), false);

    assertThat(board.alerts())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.unitName()).isEqualTo("Đơn vị 21583");
              assertThat(item.indicatorName())
                  .isEqualTo("Hồ sơ công việc xử lý trên môi trường mạng");
              assertThat(item.value()).isEqualTo("40,0");
              assertThat(item.since()).isEqualTo("20/11/2026 08:15");
            });
  }

  private BoardBuilder builder(Locale locale) {
    return new BoardBuilder(catalog, List.copyOf(catalog.indicators()), units, messages.in(locale));
  }

  @Test
  void aValueWithoutATargetSaysSoInsteadOfNoData() {
    IndicatorValue reported = Values.value("21583", DOSSIERS, 700, null, NOW);
    IndicatorValue untargeted =
        new IndicatorValue(
            reported.where(),
            reported.indicator(),
            reported.kind(),
            reported.window(),
            reported.yearToDate(),
            new IndicatorValue.Activity(
                reported.activity().events(), reported.activity().lastEventAt(), null),
            IndicatorValue.Standing.baselineOnly(reported.standing().baseline()),
            IndicatorValue.PeriodToDate.NONE,
            IndicatorValue.Children.NONE,
            reported.updatedAt());

    Cell cell =
        cell(
            builder(PageLanguage.VIETNAMESE)
                .build(province, ValueTable.of(List.of(untargeted)), List.of(), false),
            "21583",
            DOSSIERS);

    assertThat(cell.value()).isEqualTo("70,0");
    assertThat(cell.statusLabel()).isEqualTo("Không có chỉ tiêu");
    assertThat(cell.statusClass()).isEqualTo("status-no-target");
    assertThat(cell.toneClass()).isEqualTo("tone-grey");
  }

  private static Cell cell(Board board, String unit, String indicator) {
    return board.rows().stream()
        .filter(row -> row.code().equals(unit))
        .flatMap(row -> row.cells().stream())
        .filter(cell -> cell.indicator().equals(indicator))
        .findFirst()
        .orElseThrow();
  }
}
