package vn.dxmonitor.alerting.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.alerting.rule.RuleKind;
import vn.dxmonitor.alerting.silence.SilenceCheck;
import vn.dxmonitor.alerting.support.Values;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertState;
import vn.dxmonitor.model.catalog.BuiltInCatalog;
import vn.dxmonitor.model.scorecard.ScoreGroup;
import vn.dxmonitor.model.scorecard.ScoreItem;
import vn.dxmonitor.model.scorecard.ScoreWindow;
import vn.dxmonitor.model.scorecard.Scorecard;
import vn.dxmonitor.model.scorecard.ScoringRule;
import vn.dxmonitor.model.scorecard.WhenNoBase;
import vn.dxmonitor.model.time.CalendarStarts;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.UnitLevel;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.model.value.PeriodCounts;

/**
 * The score rules on a small scorecard of communes: progress (60 points, linear on the work records
 * handled online) and online services (40 points, full from 80 % of dossiers online). Values are
 * sent as the processor publishes them; the engine scores the commune from the latest of each.
 */
class ScoreRulesTest {

  private static final String COMMUNE = "21609";
  private static final String RECORDS = BuiltInCatalog.WORK_RECORDS_ONLINE;
  private static final String ONLINE = BuiltInCatalog.TTHC_DOSSIERS_ONLINE;
  private static final String BELOW = Alert.idOf("score-below", COMMUNE, "idx/progress", null);
  private static final String DROP = Alert.idOf("score-drop", COMMUNE, "idx", null);

  private static final Scorecard CARD =
      new Scorecard(
          "idx",
          "Chỉ số thử",
          "Test index",
          "test",
          ScoreWindow.TRAILING,
          100,
          Set.of(UnitLevel.COMMUNE),
          List.of(
              new ScoreGroup(
                  "progress",
                  "Tiến độ",
                  "Progress",
                  List.of(item("records", RECORDS, 60, new ScoringRule.Linear(100)))),
              new ScoreGroup(
                  "online",
                  "Trực tuyến",
                  "Online",
                  List.of(
                      new ScoreItem(
                          "online",
                          "online",
                          "online",
                          ONLINE,
                          40,
                          new ScoringRule.ThresholdLinear(80),
                          // no base earns nothing here: the group's "no verdict" is then all
                          // that keeps an unmeasured group from firing
                          WhenNoBase.NO_POINTS,
                          "test")))),
          null);

  private static final String RULES =
      onlyScoreRules()
          + """
            - {rule: score-below, pendingFor: PT0S, resolveFor: PT0S}
            - {rule: score-drop, resolveFor: PT0S}
          """;

  private EngineDriver engine;

  @AfterEach
  void stop() {
    engine.close();
  }

  @Test
  void aGroupBelowEightyPerCentOfItsPointsFiresAndResolvesWhenItClimbsBack() {
    engine = driver();

    send(RECORDS, 50);
    Alert below = engine.latest(BELOW);
    assertThat(below.state()).isEqualTo(AlertState.FIRING);
    // 60 × 50 ÷ 100 = 30 points, under 80 % of 60 = 48.
    assertThat(below.figures().value()).isEqualTo(30.0);
    assertThat(below.figures().expected()).isEqualTo(48.0);
    assertThat(below.figures().target()).isEqualTo(60.0);
    assertThat(below.what().summary()).contains("Tiến độ").contains("30.00/60.00");

    send(RECORDS, 90);
    // 54 points, over 48.
    assertThat(engine.latest(BELOW).state()).isEqualTo(AlertState.RESOLVED);
  }

  @Test
  void aGroupNoneOfWhoseFiguresCameRaisesNothing() {
    engine = driver();

    send(RECORDS, 95);

    assertThat(engine.alertIds())
        .noneMatch(id -> id.startsWith("score-below|" + COMMUNE + "|idx/online"));
  }

  @Test
  void aTotalMoreThanFivePointsBelowItsBestOfTheWeekFiresAndEndsWhenTheBestAgesOut() {
    engine = driver();
    send(RECORDS, 100);
    send(ONLINE, 100);
    engine.jump(Duration.ofDays(1));

    // 60 × 92 ÷ 100 = 55.2: the total falls from 100 to 95.2, 4.8 points: not more than 5.
    send(RECORDS, 92);
    assertThat(engine.alertIds()).doesNotContain(DROP);

    // 54 + 40 = 94: 6 points below the best.
    send(RECORDS, 90);
    Alert drop = engine.latest(DROP);
    assertThat(drop.state()).isEqualTo(AlertState.FIRING);
    assertThat(drop.figures().value()).isEqualTo(94.0);
    assertThat(drop.figures().expected()).isEqualTo(100.0);

    engine.jump(Duration.ofDays(8));
    assertThat(engine.latest(DROP).state()).isEqualTo(AlertState.RESOLVED);
  }

  @Test
  void aMonthlyCardsTotalFallingAsANewMonthsCountsComeInIsNoDropUntilTheMonthIsAWeekOld() {
    Scorecard monthly =
        new Scorecard(
            "mon",
            CARD.nameVi(),
            CARD.nameEn(),
            "test",
            ScoreWindow.MONTH,
            100,
            CARD.levels(),
            CARD.groups(),
            null);
    String drop = Alert.idOf("score-drop", COMMUNE, "mon", null);
    engine = driver(monthly);
    engine.jump(Duration.ofDays(5));
    sendMonthly(RECORDS, 80);
    sendMonthly(ONLINE, 100);

    // 1 December: online counted afresh; the records still hold November's counts, which are no
    // base for December and earn full points: 100, more than the month will really score
    engine.jump(Duration.ofDays(3));
    sendMonthly(ONLINE, 100);
    // 3 December: the records' own December counts come in, 30 of 60 points: the total is 70
    engine.jump(Duration.ofDays(2));
    sendMonthly(RECORDS, 50);
    assertThat(engine.alertIds()).doesNotContain(drop);

    // 10 December: a week of the month has passed; a real fall of 30 points is a drop
    engine.jump(Duration.ofDays(8));
    sendMonthly(RECORDS, 100);
    sendMonthly(ONLINE, 100);
    engine.jump(Duration.ofDays(1));
    sendMonthly(RECORDS, 50);
    assertThat(engine.latest(drop).state()).isEqualTo(AlertState.FIRING);
    assertThat(engine.latest(drop).figures().value()).isEqualTo(70.0);
  }

  @Test
  void aUnitAtALevelTheCardDoesNotScoreIsNotJudgedOnIt() {
    engine = driver();

    engine.send(Values.ratio(BuiltInUnits.GIA_LAI, null, RECORDS, 10, engine.clock.instant()));

    assertThat(engine.alertIds()).noneMatch(id -> id.startsWith("score-"));
  }

  private EngineDriver driver() {
    return driver(CARD);
  }

  private EngineDriver driver(Scorecard card) {
    return new EngineDriver(
        RULES,
        BuiltInCatalog.create(),
        BuiltInUnits.giaLai(),
        ReportedCatalog::giaLaiRoutes,
        SilenceCheck.none(),
        EngineDriver.MONDAY_TEN,
        instant -> List.of(card));
  }

  private void send(String indicator, double value) {
    engine.send(
        Values.ratio(COMMUNE, BuiltInUnits.GIA_LAI, indicator, value, engine.clock.instant()));
  }

  /** A value holding this month's and this quarter's counts: {@code value} of 100. */
  private void sendMonthly(String indicator, double value) {
    IndicatorValue v =
        Values.ratio(COMMUNE, BuiltInUnits.GIA_LAI, indicator, value, engine.clock.instant());
    LocalDate today = VietnamTime.dateOf(engine.clock.instant());
    long counted = (long) value;
    engine.send(
        new IndicatorValue(
            v.where(),
            v.indicator(),
            v.kind(),
            v.window(),
            new IndicatorValue.YearToDate(
                today.getYear(),
                counted,
                100,
                value,
                new PeriodCounts(CalendarStarts.month(today), counted, 100),
                new PeriodCounts(CalendarStarts.quarter(today), counted, 100)),
            v.activity(),
            v.standing(),
            v.periodToDate(),
            v.children(),
            v.updatedAt()));
  }

  private static ScoreItem item(String id, String indicator, double points, ScoringRule rule) {
    return new ScoreItem(id, id, id, indicator, points, rule, WhenNoBase.FULL_POINTS, "test");
  }

  private static String onlyScoreRules() {
    StringBuilder rules = new StringBuilder("rules:\n");
    for (RuleKind rule : RuleKind.VALUE_RULES) {
      rules.append("  - {rule: ").append(rule.id()).append(", enabled: false}\n");
    }
    return rules.toString();
  }
}
