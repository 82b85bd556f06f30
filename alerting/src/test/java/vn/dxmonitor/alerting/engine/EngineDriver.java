package vn.dxmonitor.alerting.engine;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import vn.dxmonitor.alerting.evaluate.Evaluator;
import vn.dxmonitor.alerting.notify.Notification;
import vn.dxmonitor.alerting.route.Routes;
import vn.dxmonitor.alerting.rule.RuleSet;
import vn.dxmonitor.alerting.rule.RuleSetReader;
import vn.dxmonitor.alerting.score.ScoreJudge;
import vn.dxmonitor.alerting.silence.SilenceCheck;
import vn.dxmonitor.alerting.support.Values;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertCommand;
import vn.dxmonitor.model.catalog.BuiltInCatalog;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.scorecard.ScorecardSource;
import vn.dxmonitor.model.status.StatusJudge;
import vn.dxmonitor.model.status.TargetAssessor;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.unit.UnitRegistry;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.runtime.kafka.Topics;
import vn.dxmonitor.testsupport.time.MovableClock;

/**
 * The alerting topology on the test driver with the built-in catalog, a registry and clock the test
 * chooses, and rules, receivers and silences it may change between steps.
 */
final class EngineDriver implements AutoCloseable {

  static final String RECORDS = BuiltInCatalog.WORK_RECORDS_ONLINE;

  /** Monday 2026-11-23, 10:00 in Vietnam. */
  static final Instant MONDAY_TEN = Instant.parse("2026-11-23T03:00:00Z");

  final MovableClock clock;
  private final TopologyTestDriver driver;
  private final TestInputTopic<String, IndicatorValue> values;
  private final TestInputTopic<String, AlertCommand> commands;
  private final TestOutputTopic<String, Alert> alerts;
  private final TestOutputTopic<String, Notification> notifications;
  private final Map<String, Alert> latest = new HashMap<>();
  private final List<Notification> sent = new ArrayList<>();
  private final List<String> transitions = new ArrayList<>();
  private final AtomicReference<RuleSet> rules = new AtomicReference<>();

  EngineDriver(
      String rulesYaml, UnitRegistry units, Supplier<Routes> routes, SilenceCheck silences) {
    this(rulesYaml, units, routes, silences, MONDAY_TEN);
  }

  EngineDriver(
      String rulesYaml,
      UnitRegistry units,
      Supplier<Routes> routes,
      SilenceCheck silences,
      Instant start) {
    this(rulesYaml, BuiltInCatalog.create(), units, routes, silences, start);
  }

  EngineDriver(
      String rulesYaml,
      Catalog plans,
      UnitRegistry units,
      Supplier<Routes> routes,
      SilenceCheck silences,
      Instant start) {
    this(rulesYaml, plans, units, routes, silences, start, instant -> List.of());
  }

  /**
   * @param scorecards the scorecards in force, for the score rules
   */
  EngineDriver(
      String rulesYaml,
      Catalog plans,
      UnitRegistry units,
      Supplier<Routes> routes,
      SilenceCheck silences,
      Instant start,
      ScorecardSource scorecards) {
    clock = new MovableClock(start);
    rules.set(RuleSetReader.read(RuleSetReader.parse(rulesYaml), null));
    CatalogSource catalog = CatalogSource.fixed(plans, UnitHistory.timeless(units));
    EngineSettings settings =
        new EngineSettings(
            new Evaluator(catalog, new StatusJudge(new TargetAssessor()), rules::get),
            new ScoreJudge(catalog, scorecards, rules::get),
            rules::get,
            routes,
            silences,
            clock,
            1,
            Duration.ofSeconds(1),
            Duration.ofSeconds(30),
            (from, to) -> transitions.add((from == null ? "none" : from.name()) + "->" + to.name()),
            new SkippedRecords(new SimpleMeterRegistry()));
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
    notifications =
        driver.createOutputTopic(
            AlertTopology.NOTIFICATIONS_TOPIC,
            Serdes.String().deserializer(),
            AlertTopology.NOTIFICATION.deserializer());
  }

  static EngineDriver giaLai(String rulesYaml, Supplier<Routes> routes, SilenceCheck silences) {
    return new EngineDriver(rulesYaml, BuiltInUnits.giaLai(), routes, silences);
  }

  void send(String unit, double value) {
    send(unit, value, clock.instant());
  }

  void send(String unit, double value, Instant lastEventAt) {
    IndicatorValue indicatorValue =
        Values.ratio(unit, BuiltInUnits.GIA_LAI, RECORDS, value, lastEventAt);
    values.pipeInput(indicatorValue.key(), indicatorValue, clock.instant());
  }

  /** Sends a value as the processor published it. */
  void send(IndicatorValue indicatorValue) {
    values.pipeInput(indicatorValue.key(), indicatorValue, clock.instant());
  }

  /** Replaces the rules, as a change through the catalog would. */
  void rules(String rulesYaml) {
    rules.set(RuleSetReader.read(RuleSetReader.parse(rulesYaml), null));
  }

  void command(AlertCommand command) {
    commands.pipeInput(BuiltInUnits.GIA_LAI, command, clock.instant());
  }

  /** Moves time on in steps of the tick, as the wall clock would. */
  void pass(Duration duration) {
    Duration step =
        duration.compareTo(Duration.ofMinutes(10)) > 0
            ? Duration.ofSeconds(5)
            : Duration.ofSeconds(1);
    for (Duration left = duration; !left.isNegative() && !left.isZero(); left = left.minus(step)) {
      Duration move = left.compareTo(step) < 0 ? left : step;
      clock.advance(move);
      driver.advanceWallClockTime(move);
    }
  }

  /** Moves time on at once: the timers run once, at the end, as after a long pause. */
  void jump(Duration duration) {
    clock.advance(duration);
    driver.advanceWallClockTime(duration);
  }

  /** The alert versions written and not yet read by {@link #latest}. */
  TestOutputTopic<String, Alert> alertsTopic() {
    return alerts;
  }

  /** The ids of every alert written so far. */
  Set<String> alertIds() {
    latest.putAll(alerts.readKeyValuesToMap());
    return Set.copyOf(latest.keySet());
  }

  Alert latest(String id) {
    latest.putAll(alerts.readKeyValuesToMap());
    Alert alert = latest.get(id);
    if (alert == null) {
      throw new AssertionError("no alert " + id + " was written; written: " + latest.keySet());
    }
    return alert;
  }

  /** Every notification written so far, oldest first. */
  /** Every state change the engine reported, as {@code FROM->TO} ({@code none} for a new alert). */
  List<String> transitions() {
    return List.copyOf(transitions);
  }

  List<Notification> notifications() {
    sent.addAll(notifications.readValuesToList());
    return List.copyOf(sent);
  }

  @Override
  public void close() {
    driver.close();
  }
}
