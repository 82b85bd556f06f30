package vn.dxmonitor.model.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoringRuleTest {

  private static final double EXACT = 1e-9;

  @Test
  void linearGivesPointsInProportionUpToFull() {
    ScoringRule percent = new ScoringRule.Linear(100);

    // 20 × 87.5 ÷ 100 = 17.5
    assertThat(percent.points(87.5, 20)).isCloseTo(17.5, within(EXACT));
    assertThat(percent.points(100, 20)).isCloseTo(20, within(EXACT));
    assertThat(percent.points(0, 20)).isZero();
    // a DTI pillar is an index out of 1: 200 × 0.8575 = 171.5
    assertThat(new ScoringRule.Linear(1).points(0.8575, 200)).isCloseTo(171.5, within(EXACT));
  }

  @Test
  void thresholdLinearGivesFullPointsFromTheThresholdAndAProportionBelowIt() {
    ScoringRule from90 = new ScoringRule.ThresholdLinear(90);

    assertThat(from90.points(90, 12)).isCloseTo(12, within(EXACT));
    assertThat(from90.points(97.3, 12)).isCloseTo(12, within(EXACT));
    // 12 × 72 ÷ 90 = 9.6
    assertThat(from90.points(72, 12)).isCloseTo(9.6, within(EXACT));
    // 12 × 89.99 ÷ 90 = 11.9986…, not yet full
    assertThat(from90.points(89.99, 12)).isCloseTo(11.998666666666667, within(EXACT));
  }

  @Test
  void cappedCountsPointsPerUnitUpToTheMaximum() {
    ScoringRule halfAPointEach = new ScoringRule.Capped(0.5);

    // 7 × 0.5 = 3.5 of 5; 14 × 0.5 = 7, held at 5
    assertThat(halfAPointEach.points(7, 5)).isCloseTo(3.5, within(EXACT));
    assertThat(halfAPointEach.points(14, 5)).isCloseTo(5, within(EXACT));
    assertThat(halfAPointEach.points(0, 5)).isZero();
  }

  @Test
  void inverseRewardsLowFiguresAndGivesNothingFromTheWorst() {
    // late dossiers: none late is best, 20 % late or more earns nothing
    ScoringRule late = new ScoringRule.Inverse(0, 20);

    assertThat(late.points(0, 10)).isCloseTo(10, within(EXACT));
    // 10 × (20 − 5) ÷ (20 − 0) = 7.5
    assertThat(late.points(5, 10)).isCloseTo(7.5, within(EXACT));
    assertThat(late.points(20, 10)).isZero();
    assertThat(late.points(35, 10)).isZero();
    // best above 0: 2 % late or less is full; 10 × (12 − 7) ÷ (12 − 2) = 5
    assertThat(new ScoringRule.Inverse(2, 12).points(7, 10)).isCloseTo(5, within(EXACT));
    assertThat(new ScoringRule.Inverse(2, 12).points(1, 10)).isCloseTo(10, within(EXACT));
  }

  @Test
  void noRuleGivesMoreThanTheMaximumOrLessThanNothing() {
    assertThat(new ScoringRule.Linear(100).points(140, 20)).isCloseTo(20, within(EXACT));
    assertThat(new ScoringRule.Linear(100).points(-5, 20)).isZero();
    assertThat(new ScoringRule.ThresholdLinear(80).points(-1, 10)).isZero();
  }

  @Test
  void aRuleThatCannotScoreIsRefusedNamingItsField() {
    assertThatThrownBy(() -> new ScoringRule.ThresholdLinear(0))
        .hasMessage("threshold must be above 0, but was 0");
    assertThatThrownBy(() -> new ScoringRule.Linear(-1))
        .hasMessage("full must be above 0, but was -1");
    assertThatThrownBy(() -> new ScoringRule.Capped(0))
        .hasMessage("pointsPerUnit must be above 0, but was 0");
    assertThatThrownBy(() -> new ScoringRule.Inverse(10, 10))
        .hasMessage("worst must be above best (10), but was 10");
  }
}
