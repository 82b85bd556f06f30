package vn.dxmonitor.dashboard.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.catalog.Comparator;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitLevel;

/** The documented scoring: shares of targets reached, capped, weighted; places with ties; bands. */
class RankingRulesTest {

  private static final LocalDate DEADLINE = LocalDate.of(2030, 12, 31);
  private static final RankingProperties DEFAULTS = rules(1.0, Map.of());

  @Test
  void aTargetCountsForTheShareOfItReachedAndNothingBeyondByDefault() {
    Scoring scoring = new Scoring(DEFAULTS);
    Target seventy = target("records", Comparator.AT_LEAST, 70);

    assertThat(scoring.attainment(seventy, 35.0)).isEqualTo(0.5);
    assertThat(scoring.attainment(seventy, 91.0)).isEqualTo(1.0);
    assertThat(scoring.attainment(seventy, null)).isZero();
  }

  @Test
  void aRaisedCapLetsOverAchievementCountUpToIt() {
    Scoring scoring = new Scoring(rules(1.2, Map.of()));
    Target fifty = target("records", Comparator.AT_LEAST, 50);

    assertThat(scoring.attainment(fifty, 55.0)).isCloseTo(1.1, within());
    assertThat(scoring.attainment(fifty, 90.0)).isCloseTo(1.2, within());
  }

  @Test
  void whereLowerIsBetterTheShareIsTheTargetOverTheValue() {
    Scoring scoring = new Scoring(DEFAULTS);
    Target rank = target("rank", Comparator.AT_MOST, 10);

    assertThat(scoring.attainment(rank, 20.0)).isEqualTo(0.5);
    assertThat(scoring.attainment(rank, 8.0)).isEqualTo(1.0);
  }

  @Test
  void theScoreIsTheWeightedMeanOfTheSharesTimesAHundredToOneDecimal() {
    Scoring equal = new Scoring(DEFAULTS);
    Scoring weighted = new Scoring(rules(1.0, Map.of("records", 3.0)));
    List<Scoring.Scored> targets =
        List.of(
            new Scoring.Scored(target("records", Comparator.AT_LEAST, 70), 50.0),
            new Scoring.Scored(target("fiber", Comparator.AT_LEAST, 100), null));

    // (50/70 + 0) / 2 = 0.35714…
    assertThat(equal.score(targets)).isEqualTo(35.7);
    // (3 × 50/70 + 0) / 4 = 0.53571…
    assertThat(weighted.score(targets)).isEqualTo(53.6);
    assertThat(equal.score(List.of())).isZero();
  }

  @Test
  void equalScoresShareAPlaceAndTheNextPlaceIsSkipped() {
    Map<Unit, Double> scores = new LinkedHashMap<>();
    scores.put(unit("3", "Xã Cát Tiến"), 50.0);
    scores.put(unit("1", "Xã An Lão"), 80.0);
    scores.put(unit("2", "Xã Ân Hảo"), 50.0);
    scores.put(unit("4", "Xã Bình Dương"), 10.0);

    List<Placing.Placed> placed = Placing.of(scores);

    assertThat(placed).extracting(Placing.Placed::rank).containsExactly(1, 2, 2, 4);
    // Ties listed in Vietnamese alphabetical order: Â after A, before C.
    assertThat(placed).extracting(p -> p.unit().code()).containsExactly("1", "2", "3", "4");
  }

  @Test
  void bandsFollowTheConfiguredThresholds() {
    assertThat(Band.of(90, DEFAULTS)).isEqualTo(Band.EXCELLENT);
    assertThat(Band.of(89.9, DEFAULTS)).isEqualTo(Band.GOOD);
    assertThat(Band.of(75, DEFAULTS)).isEqualTo(Band.GOOD);
    assertThat(Band.of(50, DEFAULTS)).isEqualTo(Band.AVERAGE);
    assertThat(Band.of(49.9, DEFAULTS)).isEqualTo(Band.WEAK);
    RankingProperties strict = new RankingProperties(1.0, 95, 85, 60, Map.of());
    assertThat(Band.of(90, strict)).isEqualTo(Band.GOOD);
  }

  @Test
  void thresholdsOutOfOrderAreRefusedWithTheirNames() {
    assertThatThrownBy(() -> new RankingProperties(1.0, 70, 75, 50, Map.of()))
        .hasMessageContaining("dx.dashboard.rankings")
        .hasMessageContaining("excellent > good > average");
  }

  private static RankingProperties rules(double cap, Map<String, Double> weights) {
    return new RankingProperties(cap, 90, 75, 50, weights);
  }

  private static Target target(String indicator, Comparator comparator, double value) {
    return new Target(
        indicator + "/commune/2030",
        "plan",
        indicator,
        UnitLevel.COMMUNE,
        comparator,
        value,
        DEADLINE,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static Unit unit(String code, String name) {
    return new Unit(code, name, UnitLevel.COMMUNE, "52");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
