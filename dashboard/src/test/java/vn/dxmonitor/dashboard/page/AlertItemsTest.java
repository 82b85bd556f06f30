package vn.dxmonitor.dashboard.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.dashboard.support.Values;
import vn.dxmonitor.model.alert.AlertState;
import vn.dxmonitor.model.catalog.BuiltInCatalog;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.scorecard.ScoreGroup;
import vn.dxmonitor.model.scorecard.ScoreItem;
import vn.dxmonitor.model.scorecard.ScoreWindow;
import vn.dxmonitor.model.scorecard.Scorecard;
import vn.dxmonitor.model.scorecard.ScorecardSource;
import vn.dxmonitor.model.scorecard.ScoringRule;
import vn.dxmonitor.model.scorecard.WhenNoBase;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.UnitLevel;

/** What an alert is about, as the console and the boards name it. */
class AlertItemsTest {

  private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");
  private static final Catalog CATALOG = BuiltInCatalog.create();
  private static final ScorecardSource CARDS =
      instant ->
          List.of(
              new Scorecard(
                  "766",
                  "Chỉ số 766",
                  "Index 766",
                  "test",
                  ScoreWindow.TRAILING,
                  20,
                  Set.of(UnitLevel.COMMUNE),
                  List.of(
                      new ScoreGroup(
                          "progress",
                          "Tiến độ giải quyết",
                          "Progress",
                          List.of(
                              new ScoreItem(
                                  "on-time",
                                  "Đúng hạn",
                                  "On time",
                                  BuiltInCatalog.WORK_RECORDS_ONLINE,
                                  20,
                                  new ScoringRule.Linear(100),
                                  WhenNoBase.FULL_POINTS,
                                  "test"))))));

  @Test
  void aScoreAlertIsNamedAfterItsIndexAndGroupInTheReadersLanguage() {
    assertThat(items("vi").subjectName(alertOn("766/progress")))
        .isEqualTo("Chỉ số 766 — Tiến độ giải quyết");
    assertThat(items("en").subjectName(alertOn("766/progress"))).isEqualTo("Index 766 — Progress");
    assertThat(items("vi").subjectName(alertOn("766"))).isEqualTo("Chỉ số 766");
  }

  @Test
  void anIndicatorsAlertIsNamedAfterTheIndicatorAndAnUnknownOneByItsId() {
    String records = BuiltInCatalog.WORK_RECORDS_ONLINE;
    assertThat(items("vi").subjectName(alertOn(records)))
        .isEqualTo(CATALOG.indicator(records).orElseThrow().nameVi());
    assertThat(items("vi").subjectName(alertOn("766/retired-group")))
        .isEqualTo("766/retired-group");
  }

  private static AlertItems items(String language) {
    PageText text = new PageText(new DashboardMessages(), Locale.forLanguageTag(language));
    return new AlertItems(CATALOG, BuiltInUnits.giaLai(), text, CARDS, NOW);
  }

  private static vn.dxmonitor.model.alert.Alert alertOn(String indicator) {
    return Values.alert("21609", indicator, AlertState.FIRING, "summary", NOW);
  }
}
