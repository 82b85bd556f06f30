package vn.dxmonitor.runtime.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.scorecard.Figure;
import vn.dxmonitor.model.scorecard.Score;
import vn.dxmonitor.model.scorecard.ScoreGroup;
import vn.dxmonitor.model.scorecard.ScoreWindow;
import vn.dxmonitor.model.scorecard.Scorecard;
import vn.dxmonitor.model.scorecard.ScoringRule;
import vn.dxmonitor.model.scorecard.WhenNoBase;
import vn.dxmonitor.model.unit.UnitLevel;

class ScorecardReaderTest {

  private static final Set<String> INDICATORS = indicatorIds();

  @Test
  void the766IndexShipsWithItsFiveGroupsAtTheirPublishedPoints() {
    Scorecard index = shipped("766");

    assertThat(index.outOf()).isEqualTo(100);
    assertThat(index.groups())
        .extracting(ScoreGroup::id, ScoreGroup::maxPoints)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("transparency", 18.0),
            org.assertj.core.groups.Tuple.tuple("progress", 20.0),
            org.assertj.core.groups.Tuple.tuple("digitisation", 22.0),
            org.assertj.core.groups.Tuple.tuple("online-services", 22.0),
            org.assertj.core.groups.Tuple.tuple("satisfaction", 18.0));
    // online services as the National Portal shows them: public services 12, payment 10
    assertThat(index.groups().get(3).items())
        .extracting(item -> item.maxPoints())
        .containsExactly(12.0, 10.0);
    assertThat(index.levels())
        .containsExactlyInAnyOrder(UnitLevel.PROVINCE, UnitLevel.DEPARTMENT, UnitLevel.COMMUNE);
    assertThat(index.source()).contains("Reconstructed from public descriptions");
    assertThat(index.published()).isEqualTo("index-766-published");
    // a unit with no dossiers of a kind is not faulted for them
    index
        .groups()
        .forEach(
            group ->
                group
                    .items()
                    .forEach(
                        item -> assertThat(item.whenNoBase()).isEqualTo(WhenNoBase.FULL_POINTS)));
  }

  @Test
  void theShippedDtiOf2022GivesAProvincesPublishedTotalFromItsPillarScores() {
    Scorecard dti = shipped("dti-2022");
    Map<String, Double> pillars =
        Map.of(
            "dti-awareness", 1.0,
            "dti-institutions", 0.9,
            "dti-infrastructure", 0.8253,
            "dti-human-resources", 0.8487,
            "dti-security", 0.7578,
            "dti-government", 0.8575,
            "dti-economy", 0.7836,
            "dti-society", 0.5197);

    Score score = dti.score(indicator -> Figure.of(pillars.get(indicator)));

    assertThat(dti.outOf()).isEqualTo(1000);
    assertThat(score.points()).isCloseTo(800.175, within(1e-9));
    assertThat(Math.round(score.index() * 10_000) / 10_000.0).isEqualTo(0.8002);
  }

  @Test
  void aShipped766ScoreIsWhatItsRulesGiveByHand() {
    Scorecard index = shipped("766");
    Map<String, Figure> figures =
        Map.of(
            "dossiers-synced-to-portal", Figure.ratio(95, 100),
            "dossiers-on-time", Figure.ratio(9, 10),
            "dossiers-e-result", Figure.ratio(60, 100),
            "dossiers-digitised", Figure.ratio(85, 100),
            "dossiers-data-reused", Figure.ratio(40, 100),
            "dossiers-population-data", Figure.ratio(0, 0),
            "dossiers-fully-online", Figure.ratio(50, 100),
            "dossiers-paid-online", Figure.ratio(20, 25),
            "complaints-on-time", Figure.ratio(3, 4),
            "dossiers-satisfied", Figure.ratio(19, 20));

    Score score = index.score(figures::get);

    // 18×.95=17.1; 20×.9=18; 6×60/80=4.5, 6, 5×40/80=2.5, 5 (no base); 12×50/80=7.5, 10 (80 %);
    // 6×75/90=5; 12×.95=11.4
    assertThat(score.groups())
        .extracting(group -> group.points())
        .usingComparatorForType(
            (a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b), Double.class)
        .containsExactly(17.1, 18.0, 18.0, 17.5, 16.4);
    assertThat(score.points()).isCloseTo(87.0, within(1e-9));
    assertThat(score.lostBiggestFirst().get(0).item().id()).isEqualTo("fully-online");
  }

  @Test
  void everyProblemOfAScorecardIsNamedByItsPath() {
    String yaml =
        """
        id: "Bad Card"
        nameVi: "Thẻ"
        nameEn: "Card"
        source: "test"
        window: monthly
        outOf: 30
        levels: [province, galaxy]
        published: not-published-anywhere
        groups:
          - id: g
            nameVi: "g"
            nameEn: "g"
            points: 25
            items:
              - id: a
                nameVi: "a"
                nameEn: "a"
                indicator: no-such-indicator
                points: 10
                rule: linear
              - id: b
                nameVi: "b"
                nameEn: "b"
                indicator: dossiers-on-time
                points: 10
                rule: threshold-linear
                full: 100
              - id: c
                nameVi: "c"
                nameEn: "c"
                indicator: dossiers-on-time
                points: -1
                rule: inverse
                best: 5
                worst: 5
                whenNoBase: maybe
        """;

    assertThatThrownBy(() -> ScorecardReader.read(document(yaml), INDICATORS))
        .isInstanceOf(InvalidCatalogException.class)
        .satisfies(
            e ->
                assertThat(((InvalidCatalogException) e).problems())
                    .containsExactlyInAnyOrder(
                        "id: must be lower-case letters, digits and '-', but was 'Bad Card'",
                        "window: must be one of trailing, month, quarter, year-to-date, but was 'monthly'",
                        "levels[1]: must be one of "
                            + String.join(
                                ", ",
                                java.util.Arrays.stream(UnitLevel.values())
                                    .map(UnitLevel::id)
                                    .toList())
                            + ", but was 'galaxy'",
                        "published: names no indicator of the catalog: 'not-published-anywhere'",
                        "groups[0].items[0].indicator: names no indicator of the catalog:"
                            + " 'no-such-indicator'",
                        "groups[0].items[1].full: is not read by rule threshold-linear",
                        "groups[0].items[1].threshold: is required by rule threshold-linear",
                        "groups[0].items[2].points: must be 0 or more, but was -1",
                        "groups[0].items[2].worst: must be above best (5), but was 5",
                        "groups[0].items[2].whenNoBase: must be one of full, none, but was"
                            + " 'maybe'"));
  }

  @Test
  void aGroupWhosePointsAreNotItsItemsSumAndACardNotItsTotalAreRefused() {
    String yaml =
        """
        id: card
        nameVi: "Thẻ"
        nameEn: "Card"
        source: "test"
        window: trailing
        outOf: 30
        levels: [commune]
        groups:
          - id: g
            nameVi: "g"
            nameEn: "g"
            points: 25
            items:
              - id: a
                nameVi: "a"
                nameEn: "a"
                indicator: dossiers-on-time
                points: 10
                rule: capped
                pointsPerUnit: 0.5
        """;

    assertThatThrownBy(() -> ScorecardReader.read(document(yaml), INDICATORS))
        .satisfies(
            e ->
                assertThat(((InvalidCatalogException) e).problems())
                    .containsExactly("groups[0].points: is 25 but its items add up to 10"));
    String fixedGroup = yaml.replace("points: 25", "points: 10");
    assertThatThrownBy(() -> ScorecardReader.read(document(fixedGroup), INDICATORS))
        .satisfies(
            e ->
                assertThat(((InvalidCatalogException) e).problems())
                    .containsExactly("outOf: is 30 but the groups add up to 10"));
    Scorecard read =
        ScorecardReader.read(document(fixedGroup.replace("outOf: 30", "outOf: 10")), INDICATORS);
    assertThat(read.groups().get(0).items().get(0).rule()).isEqualTo(new ScoringRule.Capped(0.5));
  }

  @Test
  void aScorecardIsScoredOverACalendarMonthOrQuarterWhenItsWindowSaysSo() {
    assertThat(ScorecardReader.read(document(windowCard("month")), INDICATORS).window())
        .isEqualTo(ScoreWindow.MONTH);
    assertThat(ScorecardReader.read(document(windowCard("quarter")), INDICATORS).window())
        .isEqualTo(ScoreWindow.QUARTER);
    assertThat(ScorecardReader.read(document(windowCard("year-to-date")), INDICATORS).window())
        .isEqualTo(ScoreWindow.YEAR_TO_DATE);
    assertThat(shipped("766").window()).isEqualTo(ScoreWindow.TRAILING);
  }

  @Test
  void anUnknownWindowIsRefusedNamingTheFieldAndEveryAcceptedId() {
    assertThatThrownBy(() -> ScorecardReader.read(document(windowCard("week")), INDICATORS))
        .isInstanceOf(InvalidCatalogException.class)
        .satisfies(
            e ->
                assertThat(((InvalidCatalogException) e).problems())
                    .containsExactly(
                        "window: must be one of trailing, month, quarter, year-to-date,"
                            + " but was 'week'"));
  }

  @Test
  void aScorecardMayNotTakeAnIndicatorsIdSinceAlertsNameEither() {
    String named = windowCard("trailing").replace("id: card", "id: dossiers-on-time");
    assertThatThrownBy(() -> ScorecardReader.read(document(named), INDICATORS))
        .isInstanceOf(InvalidCatalogException.class)
        .satisfies(
            e ->
                assertThat(((InvalidCatalogException) e).problems())
                    .containsExactly(
                        "id: is the id of an indicator of the catalog, which a scorecard must not"
                            + " share"));
  }

  private static String windowCard(String window) {
    return """
        id: card
        nameVi: "Thẻ"
        nameEn: "Card"
        source: "test"
        window: %s
        outOf: 10
        levels: [commune]
        groups:
          - id: g
            nameVi: "g"
            nameEn: "g"
            points: 10
            items:
              - id: a
                nameVi: "a"
                nameEn: "a"
                indicator: dossiers-on-time
                points: 10
                rule: linear
        """
        .formatted(window);
  }

  private static Scorecard shipped(String id) {
    List<ScorecardDocument> documents = ScorecardReader.shippedDocuments();
    return documents.stream()
        .filter(document -> document.id().equals(id))
        .findFirst()
        .map(document -> ScorecardReader.read(document, INDICATORS))
        .orElseThrow();
  }

  private static ScorecardDocument document(String yaml) {
    return CatalogReader.YAML.readValue(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), ScorecardDocument.class);
  }

  private static Set<String> indicatorIds() {
    Set<String> ids = new HashSet<>();
    CatalogReader.seed().indicators().forEach(indicator -> ids.add(indicator.id()));
    return ids;
  }
}
