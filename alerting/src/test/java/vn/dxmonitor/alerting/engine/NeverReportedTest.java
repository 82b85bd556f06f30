package vn.dxmonitor.alerting.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.alerting.evaluate.RuleConditions;
import vn.dxmonitor.alerting.notify.Notification;
import vn.dxmonitor.alerting.notify.NotifiedAlert;
import vn.dxmonitor.alerting.silence.SilenceCheck;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertChange;
import vn.dxmonitor.model.alert.AlertState;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitLevel;

/**
 * Units the registry expects to report but that were never heard of: the engine finds them on its
 * evaluation round, only when {@code no-data} is set to alert on them, groups them into one
 * notification, and resolves each once it reports.
 */
class NeverReportedTest {

  private static final String AN_LAO = "21609";
  private static final String OTHERS_OFF =
      """
        - {rule: behind-trajectory, enabled: false}
        - {rule: projected-miss, enabled: false}
        - {rule: unreachable, enabled: false}
        - {rule: regression, enabled: false}
        - {rule: missed, enabled: false}
      """;
  private static final Duration EVALUATION = Duration.ofSeconds(31);
  private static final Duration PENDING = Duration.ofMinutes(2);

  private EngineDriver engine;

  @AfterEach
  void stop() {
    engine.close();
  }

  @Test
  void aCommuneThatNeverReportedRaisesOneAlertInOneNotificationAndResolvesWhenItReports() {
    engine =
        EngineDriver.giaLai(
            "rules:\n  - {rule: no-data, neverReported: true, pendingFor: PT2M}\n" + OTHERS_OFF,
            ReportedCatalog::giaLaiRoutes,
            SilenceCheck.none());
    // The province's own value is its communes' rolled up, so it is heard of too.
    List<String> reporting = new ArrayList<>(List.of(BuiltInUnits.GIA_LAI));
    communes().stream().filter(code -> !code.equals(AN_LAO)).forEach(reporting::add);
    reporting.forEach(code -> engine.send(code, 95.0));

    engine.pass(EVALUATION);
    Map<String, Alert> noData = noDataOnRecords();
    assertThat(noData).containsKey(AN_LAO).doesNotContainKeys(reporting.toArray(String[]::new));
    Alert pending = noData.get(AN_LAO);
    assertThat(pending.state()).isEqualTo(AlertState.PENDING);
    assertThat(pending.what().reason()).isEqualTo(RuleConditions.NEVER_REPORTED);
    assertThat(pending.what().summary()).contains("chưa từng báo cáo");

    engine.pass(PENDING.plus(Duration.ofMinutes(3)));
    Alert firing = engine.latest(noData.get(AN_LAO).id());
    assertThat(firing.state()).isEqualTo(AlertState.FIRING);
    assertThat(firing.history())
        .extracting(AlertChange::action)
        .containsExactly("pending", "firing");
    List<Notification> onRecords =
        engine.notifications().stream()
            .filter(notification -> EngineDriver.RECORDS.equals(notification.indicator()))
            .filter(notification -> BuiltInUnits.GIA_LAI.equals(notification.parent()))
            .toList();
    assertThat(onRecords).hasSize(1);
    assertThat(onRecords.get(0).firing()).extracting(NotifiedAlert::unit).contains(AN_LAO);

    engine.send(AN_LAO, 95.0);
    assertThat(engine.latest(firing.id()).state()).isEqualTo(AlertState.RESOLVED);
    engine.pass(EVALUATION);
    assertThat(engine.latest(firing.id()).history())
        .extracting(AlertChange::action)
        .containsExactly("pending", "firing", "resolved");
  }

  @Test
  void byDefaultAUnitThatNeverReportedIsNoAlert() {
    engine =
        EngineDriver.giaLai(
            "rules:\n  - {rule: no-data, pendingFor: PT2M}\n" + OTHERS_OFF,
            ReportedCatalog::giaLaiRoutes,
            SilenceCheck.none());
    engine.send(AN_LAO, 95.0);
    engine.pass(EVALUATION.plus(PENDING));

    assertThat(noDataOnRecords()).isEmpty();
  }

  @Test
  void turningTheSettingOffResolvesTheAlertsItRaised() {
    engine =
        EngineDriver.giaLai(
            "rules:\n  - {rule: no-data, neverReported: true, pendingFor: PT2M}\n" + OTHERS_OFF,
            ReportedCatalog::giaLaiRoutes,
            SilenceCheck.none());
    engine.pass(EVALUATION);
    String id = noDataOnRecords().get(AN_LAO).id();

    engine.rules("rules:\n  - {rule: no-data, pendingFor: PT2M}\n" + OTHERS_OFF);
    engine.pass(EVALUATION);
    assertThat(engine.latest(id).state()).isEqualTo(AlertState.RESOLVED);
  }

  private Map<String, Alert> noDataOnRecords() {
    return engine.alertsTopic().readValuesToList().stream()
        .filter(alert -> alert.rule().equals("no-data"))
        .filter(alert -> alert.what().indicator().equals(EngineDriver.RECORDS))
        .collect(Collectors.toMap(a -> a.where().unit(), alert -> alert, (first, later) -> later));
  }

  private static List<String> communes() {
    return BuiltInUnits.giaLai().all().stream()
        .filter(unit -> unit.level() == UnitLevel.COMMUNE)
        .map(Unit::code)
        .toList();
  }
}
