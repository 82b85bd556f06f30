package vn.dxmonitor.model.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.unit.UnitLevel;

class ScorecardTest {

  private static final double EXACT = 1e-9;

  /** A small 766-like card: two groups, every kind of rule, and "no base → full points". */
  private static final Scorecard CARD =
      new Scorecard(
          "card",
          "Thẻ",
          "Card",
          "test",
          ScoreWindow.TRAILING,
          35,
          Set.of(UnitLevel.PROVINCE, UnitLevel.COMMUNE),
          List.of(
              new ScoreGroup(
                  "progress",
                  "Tiến độ",
                  "Progress",
                  List.of(
                      item("on-time", "dossiers-on-time", 12, new ScoringRule.ThresholdLinear(90)),
                      item("late", "dossiers-late", 8, new ScoringRule.Inverse(0, 20)))),
              new ScoreGroup(
                  "online",
                  "Trực tuyến",
                  "Online",
                  List.of(
                      item(
                          "fully-online", "dossiers-fully-online", 10, new ScoringRule.Linear(100)),
                      item("reuse", "data-reused", 5, new ScoringRule.Capped(0.5))))));

  @Test
  void aUnitsPointsAreTheSumOfWhatEachItemEarnedAndTheLossesAreListedBiggestFirst() {
    Score score =
        CARD.score(
            figures(
                Map.of(
                    "dossiers-on-time", Figure.ratio(72, 100),
                    "dossiers-late", Figure.of(5),
                    "dossiers-fully-online", Figure.ratio(30, 40),
                    "data-reused", Figure.of(12))));

    // on time 12 × 72 ÷ 90 = 9.6; late 8 × 15 ÷ 20 = 6; online 10 × 75 ÷ 100 = 7.5; reuse 12 × 0.5
    // = 6, held at 5
    assertThat(score.groups().get(0).points()).isCloseTo(15.6, within(EXACT));
    assertThat(score.groups().get(1).points()).isCloseTo(12.5, within(EXACT));
    assertThat(score.points()).isCloseTo(28.1, within(EXACT));
    assertThat(score.lostPoints()).isCloseTo(6.9, within(EXACT));
    assertThat(score.measured()).isTrue();
    assertThat(score.index()).isCloseTo(28.1 / 35, within(EXACT));
    assertThat(score.lostBiggestFirst())
        .extracting(lost -> lost.item().id())
        .containsExactly("fully-online", "on-time", "late");
    assertThat(score.lostBiggestFirst().get(0).lostPoints()).isCloseTo(2.5, within(EXACT));
  }

  @Test
  void anItemWithNoBaseEarnsWhatItsRuleForNoBaseSaysAndAMissingMeasurementEarnsNothing() {
    Scorecard card =
        new Scorecard(
            "c",
            "c",
            "c",
            "test",
            ScoreWindow.TRAILING,
            30,
            Set.of(UnitLevel.PROVINCE),
            List.of(
                new ScoreGroup(
                    "g",
                    "g",
                    "g",
                    List.of(
                        item("paid", "paid-online", 10, new ScoringRule.ThresholdLinear(80)),
                        new ScoreItem(
                            "strict",
                            "s",
                            "s",
                            "complaints",
                            10,
                            new ScoringRule.Linear(100),
                            WhenNoBase.NO_POINTS,
                            "test"),
                        item("pillar", "dti-pillar", 10, new ScoringRule.Linear(1))))));

    Score score =
        card.score(
            figures(
                Map.of(
                    "paid-online", Figure.ratio(0, 0),
                    "complaints", Figure.noBase(),
                    "dti-pillar", Figure.noData())));

    assertThat(score.groups().get(0).items())
        .extracting(ItemScore::points)
        .containsExactly(10.0, 0.0, 0.0);
    assertThat(score.groups().get(0).items().get(2).figure().basis())
        .isEqualTo(Figure.Basis.NO_DATA);
    assertThat(score.points()).isCloseTo(10, within(EXACT));
    // nothing was counted: the points by "no base" say nothing yet
    assertThat(score.measured()).isFalse();
  }

  @Test
  void theDtiWeightsOf2022GiveAPublishedTotalFromItsPillarScores() {
    // Decision 922/QĐ-BTTTT: five pillars of 100, government 200, economy and society 150
    Map<String, Double> weights = new java.util.LinkedHashMap<>();
    weights.put("awareness", 100.0);
    weights.put("institutions", 100.0);
    weights.put("infrastructure", 100.0);
    weights.put("human-resources", 100.0);
    weights.put("security", 100.0);
    weights.put("government", 200.0);
    weights.put("economy", 150.0);
    weights.put("society", 150.0);
    List<ScoreItem> pillars =
        weights.entrySet().stream()
            .map(w -> item(w.getKey(), w.getKey(), w.getValue(), new ScoringRule.Linear(1)))
            .toList();
    Scorecard dti =
        new Scorecard(
            "dti",
            "DTI",
            "DTI",
            "922",
            ScoreWindow.YEAR_TO_DATE,
            1000,
            Set.of(UnitLevel.PROVINCE),
            List.of(new ScoreGroup("dti", "DTI", "DTI", pillars)));
    Map<String, Figure> published =
        Map.of(
            "awareness", Figure.of(1.0),
            "institutions", Figure.of(0.9),
            "infrastructure", Figure.of(0.8253),
            "human-resources", Figure.of(0.8487),
            "security", Figure.of(0.7578),
            "government", Figure.of(0.8575),
            "economy", Figure.of(0.7836),
            "society", Figure.of(0.5197));

    Score score = dti.score(figures(published));

    // 100 × 4.3318 + 200 × 0.8575 + 150 × 0.7836 + 150 × 0.5197 = 800.175
    assertThat(score.points()).isCloseTo(800.175, within(1e-9));
    assertThat(Math.round(score.points() * 10) / 10.0).isEqualTo(800.2);
    assertThat(Math.round(score.index() * 10_000) / 10_000.0).isEqualTo(0.8002);
  }

  @Test
  void aCardWhosePointsDoNotAddUpToItsTotalIsRefused() {
    assertThatThrownBy(
            () ->
                new Scorecard(
                    "c",
                    "c",
                    "c",
                    "test",
                    ScoreWindow.TRAILING,
                    100,
                    Set.of(UnitLevel.PROVINCE),
                    List.of(
                        new ScoreGroup(
                            "g",
                            "g",
                            "g",
                            List.of(item("a", "a", 18, new ScoringRule.Linear(100)))))))
        .hasMessage("outOf is 100.0 but the groups' points add up to 18.0");
  }

  private static ScoreItem item(String id, String indicator, double points, ScoringRule rule) {
    return new ScoreItem(id, id, id, indicator, points, rule, WhenNoBase.FULL_POINTS, "test");
  }

  private static java.util.function.Function<String, Figure> figures(Map<String, Figure> known) {
    return indicator -> known.getOrDefault(indicator, Figure.noData());
  }
}
