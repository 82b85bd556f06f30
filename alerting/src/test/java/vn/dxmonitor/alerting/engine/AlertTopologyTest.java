package vn.dxmonitor.alerting.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.TestOutputTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.alerting.evaluate.RuleConditions;
import vn.dxmonitor.alerting.route.Routes;
import vn.dxmonitor.alerting.silence.SilenceCheck;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertChange;
import vn.dxmonitor.model.alert.AlertCommand;
import vn.dxmonitor.model.alert.AlertState;
import vn.dxmonitor.model.catalog.BuiltInCatalog;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.testsupport.time.MovableClock;

/**
 * The alerting topology on the test driver, with the built-in catalog (Gia Lai; the 2030 target of
 * 70 % of commune work records online governs today) and a clock the test moves.
 */
class AlertTopologyTest {

  private static final String COMMUNE = "21609";
  private static final String RECORDS = BuiltInCatalog.WORK_RECORDS_ONLINE;
  private static final Duration PENDING = Duration.ofMinutes(5);
  private static final Duration RESOLVE = Duration.ofMinutes(10);

  private static final String RULES =
      """
      rules:
        - rule: behind-trajectory
          pendingFor: PT5M
          resolveFor: PT10M
        - rule: projected-miss
          enabled: false
        - rule: missed
          enabled: false
      """;

  private EngineDriver engine;
  private MovableClock clock;
  private TestOutputTopic<String, Alert> alerts;

  @BeforeEach
  void start() {
    engine = EngineDriver.giaLai(RULES, Routes::none, SilenceCheck.none());
    clock = engine.clock;
    alerts = engine.alertsTopic();
  }

  @AfterEach
  void stop() {
    engine.close();
  }

  @Test
  void
      belowTheTrajectoryItIsPendingThenFiresAfterThePendingPeriodAndResolvesOnlyAfterTheResolvePeriod() {
    send(COMMUNE, 20.0);
    Alert pending = latest(behindId());
    assertThat(pending.state()).isEqualTo(AlertState.PENDING);
    assertThat(pending.where().path()).containsExactly(COMMUNE, BuiltInUnits.GIA_LAI);
    assertThat(pending.where().province()).isEqualTo(BuiltInUnits.GIA_LAI);
    assertThat(pending.figures().value()).isEqualTo(20.0);

    pass(PENDING.minusSeconds(10));
    assertThat(latest(behindId()).state()).isEqualTo(AlertState.PENDING);
    pass(Duration.ofSeconds(11));
    Alert firing = latest(behindId());
    assertThat(firing.state()).isEqualTo(AlertState.FIRING);
    assertThat(firing.timeline().firedAt()).isEqualTo(clock.instant());

    send(COMMUNE, 95.0);
    assertThat(latest(behindId()).state()).isEqualTo(AlertState.FIRING);
    assertThat(latest(behindId()).timeline().clearingSince()).isNotNull();
    pass(RESOLVE.minusSeconds(10));
    assertThat(latest(behindId()).state()).isEqualTo(AlertState.FIRING);
    pass(Duration.ofSeconds(11));
    Alert resolved = latest(behindId());
    assertThat(resolved.state()).isEqualTo(AlertState.RESOLVED);
    assertThat(resolved.history())
        .extracting(AlertChange::action)
        .containsExactly("pending", "firing", "resolved");
    assertThat(engine.transitions())
        .as("the transitions the service counts in dx_alerting_transitions_total")
        .containsExactly("none->PENDING", "PENDING->FIRING", "FIRING->RESOLVED");
  }

  @Test
  void aDipBackBelowTheTrajectoryWhileClearingKeepsItFiring() {
    send(COMMUNE, 20.0);
    pass(PENDING.plusSeconds(1));
    send(COMMUNE, 95.0);
    pass(RESOLVE.minusMinutes(1));
    send(COMMUNE, 21.0);
    pass(RESOLVE.plusMinutes(1));
    Alert alert = latest(behindId());
    assertThat(alert.state()).isEqualTo(AlertState.FIRING);
    assertThat(alert.timeline().clearingSince()).isNull();
    assertThat(alert.timeline().episode()).isEqualTo(1);
  }

  @Test
  void theSameValueAgainChangesNothing() {
    send(COMMUNE, 20.0);
    alerts.readKeyValuesToMap();
    send(COMMUNE, 20.0);
    assertThat(alerts.readKeyValuesToMap()).doesNotContainKey(behindId());
  }

  @Test
  void anAcknowledgementIsRecordedAndEndsWithTheState() {
    send(COMMUNE, 20.0);
    pass(PENDING.plusSeconds(1));
    Instant at = clock.instant();
    engine.command(
        new AlertCommand(behindId(), AlertCommand.ACK, "operator-1", "đang xử lý", null, at));
    Alert acknowledged = latest(behindId());
    assertThat(acknowledged.handling().acknowledged().by()).isEqualTo("operator-1");
    assertThat(acknowledged.handling().acknowledged().comment()).isEqualTo("đang xử lý");
    assertThat(acknowledged.history())
        .anySatisfy(
            change -> {
              assertThat(change.action()).isEqualTo("acknowledged");
              assertThat(change.at()).isEqualTo(at);
            });

    send(COMMUNE, 95.0);
    pass(RESOLVE.plusSeconds(1));
    Alert resolved = latest(behindId());
    assertThat(resolved.state()).isEqualTo(AlertState.RESOLVED);
    assertThat(resolved.handling().acknowledged()).isNull();
  }

  @Test
  void aCommuneThatStopsReportingRaisesOneNoDataAlertThatResolvesWhenReportsResume() {
    send(COMMUNE, 95.0);
    // The built-in indicators expect a report every 7 days; the evaluation clock alone notices.
    for (int day = 0; day < 9; day++) {
      pass(Duration.ofDays(1));
    }
    List<Alert> noData =
        alerts.readValuesToList().stream().filter(alert -> alert.rule().equals("no-data")).toList();
    assertThat(noData).extracting(Alert::id).containsOnly(noDataId());
    Alert last = noData.get(noData.size() - 1);
    assertThat(last.state()).isEqualTo(AlertState.FIRING);
    assertThat(last.what().reason()).isEqualTo(RuleConditions.STOPPED_REPORTING);
    // Later evaluations may refresh its figures, but it fired once: one alert, not a storm.
    assertThat(last.history()).extracting(AlertChange::action).containsExactly("pending", "firing");

    send(COMMUNE, 95.0, clock.instant());
    Alert resolved = latest(noDataId());
    assertThat(resolved.state()).isEqualTo(AlertState.RESOLVED);
  }

  @Test
  void aCommandForAnUnknownAlertChangesNothing() {
    engine.command(
        new AlertCommand(
            "behind-trajectory|x|y|z", AlertCommand.ACK, "op", null, null, clock.instant()));
    assertThat(alerts.isEmpty()).isTrue();
  }

  private String behindId() {
    return Alert.idOf("behind-trajectory", COMMUNE, RECORDS, "binh-dinh-nq-05-nq-tu");
  }

  private String noDataId() {
    return Alert.idOf("no-data", COMMUNE, RECORDS, "binh-dinh-nq-05-nq-tu");
  }

  private void send(String unit, double value) {
    engine.send(unit, value);
  }

  private void send(String unit, double value, Instant lastEventAt) {
    engine.send(unit, value, lastEventAt);
  }

  private void pass(Duration duration) {
    engine.jump(duration);
  }

  private Alert latest(String id) {
    return engine.latest(id);
  }
}
