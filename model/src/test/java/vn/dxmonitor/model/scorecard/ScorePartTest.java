package vn.dxmonitor.model.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.unit.UnitLevel;

class ScorePartTest {

  private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");
  private static final ScoreGroup PROGRESS =
      new ScoreGroup(
          "progress",
          "Tiến độ giải quyết",
          "Progress",
          List.of(
              new ScoreItem(
                  "on-time",
                  "Đúng hạn",
                  "On time",
                  "dossiers-on-time",
                  20,
                  new ScoringRule.Linear(100),
                  WhenNoBase.FULL_POINTS,
                  "test")));
  private static final Scorecard CARD =
      new Scorecard(
          "766",
          "Chỉ số 766",
          "Index 766",
          "test",
          ScoreWindow.TRAILING,
          20,
          Set.of(UnitLevel.COMMUNE),
          List.of(PROGRESS));
  private static final ScorecardSource CARDS = instant -> List.of(CARD);

  @Test
  void aGroupsPartIsNamedAfterItsCardAndTheGroupAndTheTotalAfterTheCard() {
    assertThat(ScorePart.of(CARD, PROGRESS).id()).isEqualTo("766/progress");
    assertThat(ScorePart.total(CARD).id()).isEqualTo("766");
    assertThat(ScorePart.cardOf("766/progress")).isEqualTo("766");
    assertThat(ScorePart.cardOf("766")).isEqualTo("766");

    assertThat(ScorePart.find("766/progress", CARDS, NOW))
        .hasValueSatisfying(
            part -> {
              assertThat(part.nameVi()).isEqualTo("Chỉ số 766 — Tiến độ giải quyết");
              assertThat(part.nameEn()).isEqualTo("Index 766 — Progress");
            });
    assertThat(ScorePart.find("766", CARDS, NOW))
        .hasValueSatisfying(part -> assertThat(part.nameVi()).isEqualTo("Chỉ số 766"));
  }

  @Test
  void aScorecardsIdSelectsEachOfItsPartsAndNothingElse() {
    assertThat(ScorePart.selects("766", "766")).isTrue();
    assertThat(ScorePart.selects("766", "766/progress")).isTrue();
    assertThat(ScorePart.selects("766/progress", "766/progress")).isTrue();
    assertThat(ScorePart.selects("766/progress", "766")).isFalse();
    assertThat(ScorePart.selects("76", "766/progress")).isFalse();
    assertThat(ScorePart.selects("work-records-online", "work-records-online")).isTrue();
  }

  @Test
  void aPartNoCardInForceHasIsNotFound() {
    assertThat(ScorePart.find("766/satisfaction", CARDS, NOW)).isEmpty();
    assertThat(ScorePart.find("dti-2022", CARDS, NOW)).isEmpty();
    assertThat(ScorePart.find("work-records-online", CARDS, NOW)).isEmpty();
  }
}
