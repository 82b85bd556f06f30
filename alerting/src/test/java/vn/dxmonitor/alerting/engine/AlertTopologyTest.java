package vn.dxmonitor.alerting.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.alerting.evaluate.Evaluator;
import vn.dxmonitor.alerting.evaluate.RuleConditions;
import vn.dxmonitor.alerting.route.Routes;
import vn.dxmonitor.alerting.rule.RuleSet;
import vn.dxmonitor.alerting.rule.RuleSetReader;
import vn.dxmonitor.alerting.silence.SilenceCheck;
import vn.dxmonitor.alerting.support.Values;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertChange;
import vn.dxmonitor.model.alert.AlertState;
import vn.dxmonitor.model.catalog.BuiltInCatalog;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.trajectory.StatusEvaluator;
import vn.dxmonitor.model.trajectory.TargetAssessor;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.runtime.kafka.Topics;
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

  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T03:00:00Z"));
  private TopologyTestDriver driver;
  private TestInputTopic<String, IndicatorValue> values;
  private TestInputTopic<String, AlertCommand> commands;
  private TestOutputTopic<String, Alert> alerts;

  @BeforeEach
  void start() {
    RuleSet rules =
        RuleSetReader.read(
            RuleSetReader.parse(
                """
                rules:
                  - rule: behind-trajectory
                    pendingFor: PT5M
                    resolveFor: PT10M
                  - rule: projected-miss
                    enabled: false
                  - rule: missed
                    enabled: false
                """),
            null);
    CatalogSource catalog =
        CatalogSource.fixed(BuiltInCatalog.create(), UnitHistory.timeless(BuiltInUnits.giaLai()));
    EngineSettings settings =
        new EngineSettings(
            new Evaluator(catalog, new StatusEvaluator(catalog, new TargetAssessor()), () -> rules),
            () -> rules,
            Routes::none,
            SilenceCheck.none(),
            clock,
            1,
            Duration.ofSeconds(1),
            Duration.ofSeconds(30));
    StreamsBuilder builder = new StreamsBuilder();
    AlertTopology.build(builder, settings);
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "alerting-test");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(builder.build(), config, clock.instant());
    values =
        driver.createInputTopic(
            Topics.INDICATOR_VALUES.name(),
            Serdes.String().serializer(),
            Topics.INDICATOR_VALUES.valueSerde().serializer());
    commands =
        driver.createInputTopic(
            AlertTopology.COMMANDS_TOPIC,
            Serdes.String().serializer(),
            AlertTopology.COMMAND.serializer());
    alerts =
        driver.createOutputTopic(
            Topics.ALERTS.name(),
            Serdes.String().deserializer(),
            AlertTopology.ALERT.deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  @Test
  void
      belowTheTrajectoryItIsPendingThenFiresAfterThePendingPeriodAndResolvesOnlyAfterTheResolvePeriod() {
    send(COMMUNE, 20.0);
    Alert pending = latest(behindId());
    assertThat(pending.state()).isEqualTo(AlertState.PENDING);
    assertThat(pending.path()).containsExactly(COMMUNE, BuiltInUnits.GIA_LAI);
    assertThat(pending.province()).isEqualTo(BuiltInUnits.GIA_LAI);
    assertThat(pending.value()).isEqualTo(20.0);

    pass(PENDING.minusSeconds(10));
    assertThat(latest(behindId()).state()).isEqualTo(AlertState.PENDING);
    pass(Duration.ofSeconds(11));
    Alert firing = latest(behindId());
    assertThat(firing.state()).isEqualTo(AlertState.FIRING);
    assertThat(firing.firedAt()).isEqualTo(clock.instant());

    send(COMMUNE, 95.0);
    assertThat(latest(behindId()).state()).isEqualTo(AlertState.FIRING);
    assertThat(latest(behindId()).clearingSince()).isNotNull();
    pass(RESOLVE.minusSeconds(10));
    assertThat(latest(behindId()).state()).isEqualTo(AlertState.FIRING);
    pass(Duration.ofSeconds(11));
    Alert resolved = latest(behindId());
    assertThat(resolved.state()).isEqualTo(AlertState.RESOLVED);
    assertThat(resolved.history())
        .extracting(AlertChange::action)
        .containsExactly("pending", "firing", "resolved");
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
    assertThat(alert.clearingSince()).isNull();
    assertThat(alert.episode()).isEqualTo(1);
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
    commands.pipeInput(
        BuiltInUnits.GIA_LAI,
        new AlertCommand(behindId(), AlertCommand.ACK, "operator-1", "đang xử lý", null, at));
    Alert acknowledged = latest(behindId());
    assertThat(acknowledged.acknowledged().by()).isEqualTo("operator-1");
    assertThat(acknowledged.acknowledged().comment()).isEqualTo("đang xử lý");
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
    assertThat(resolved.acknowledged()).isNull();
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
    assertThat(last.reason()).isEqualTo(RuleConditions.STOPPED_REPORTING);
    // Later evaluations may refresh its figures, but it fired once: one alert, not a storm.
    assertThat(last.history()).extracting(AlertChange::action).containsExactly("pending", "firing");

    send(COMMUNE, 95.0, clock.instant());
    Alert resolved = latest(noDataId());
    assertThat(resolved.state()).isEqualTo(AlertState.RESOLVED);
  }

  @Test
  void aCommandForAnUnknownAlertChangesNothing() {
    commands.pipeInput(
        BuiltInUnits.GIA_LAI,
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
    send(unit, value, clock.instant());
  }

  private void send(String unit, double value, Instant lastEventAt) {
    IndicatorValue indicatorValue =
        Values.ratio(unit, BuiltInUnits.GIA_LAI, RECORDS, value, lastEventAt);
    values.pipeInput(indicatorValue.key(), indicatorValue, clock.instant());
  }

  private void pass(Duration duration) {
    clock.advance(duration);
    driver.advanceWallClockTime(duration);
  }

  private Alert latest(String id) {
    Map<String, Alert> written = alerts.readKeyValuesToMap();
    latestSeen.putAll(written);
    assertThat(latestSeen).containsKey(id);
    return latestSeen.get(id);
  }

  private final Map<String, Alert> latestSeen = new java.util.HashMap<>();
}
