package vn.dxmonitor.model.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.catalog.IndicatorKind;

class PlausibilityCheckTest {

  private static final JumpRule SHARES = JumpRule.forKind(IndicatorKind.COVERAGE);

  /**
   * 34 provinces' quarterly shares over three years: each grows by its own pace with honest noise;
   * one province's last report jumps by 25 points, another's slips a decimal point. Only those two
   * are flagged: the jump by the province's own history alone (25 points is within how far
   * provinces differ), the slip by both.
   */
  @Test
  void aPlantedJumpIsFlaggedAndOrdinaryNoiseIsLeftAlone() {
    Random random = new Random(20261206L);
    int provinces = 34;
    int quarters = 12;
    int planted = 17;
    int slipped = 5;
    List<List<Double>> series = new ArrayList<>();
    for (int p = 0; p < provinces; p++) {
      double level = 30 + random.nextDouble() * 20;
      double pace = 0.5 + random.nextDouble() * 2;
      List<Double> figures = new ArrayList<>();
      for (int q = 0; q <= quarters; q++) {
        figures.add(round(level + pace * q + random.nextGaussian() * 0.8));
      }
      series.add(figures);
    }
    series.get(planted).set(quarters, series.get(planted).get(quarters) + 25);
    series.get(slipped).set(quarters, series.get(slipped).get(quarters) * 10);

    List<Integer> jumped = new ArrayList<>();
    List<Integer> outlying = new ArrayList<>();
    for (int p = 0; p < provinces; p++) {
      List<Double> own = series.get(p);
      List<Double> peers = new ArrayList<>();
      for (int other = 0; other < provinces; other++) {
        if (other != p) {
          peers.add(series.get(other).get(quarters));
        }
      }
      List<Flag> flags =
          PlausibilityCheck.check(own.get(quarters), own.subList(0, quarters), peers, SHARES);
      if (flags.stream().anyMatch(flag -> flag.code() == FlagCode.IMPLAUSIBLE_JUMP)) {
        jumped.add(p);
      }
      if (flags.stream().anyMatch(flag -> flag.code() == FlagCode.OUTLIER_AMONG_PEERS)) {
        outlying.add(p);
      }
    }

    assertThat(jumped).containsExactly(slipped, planted);
    assertThat(outlying).containsExactly(slipped);
  }

  @Test
  void theReasonNamesTheFiguresThatTrippedIt() {
    List<Flag> flags =
        PlausibilityCheck.check(80, List.of(40.0, 41.0, 42.5, 43.0, 44.0), List.of(), SHARES);

    assertThat(flags).hasSize(1);
    assertThat(flags.get(0).code()).isEqualTo(FlagCode.IMPLAUSIBLE_JUMP);
    assertThat(flags.get(0).reason())
        .startsWith("80 after 44: a change ")
        .endsWith("4 earlier changes");
    assertThat(flags.get(0).score()).isGreaterThan(SHARES.zLimit());
  }

  @Test
  void tooShortAHistoryOrTooFewPeersAskNothing() {
    assertThat(PlausibilityCheck.check(500, List.of(40.0, 41.0, 42.0), List.of(1.0, 2.0), SHARES))
        .isEmpty();
  }

  @Test
  void aRatioWithMoreSuccessesThanCasesAndACoverageAboveTheRegistryAreFlagged() {
    assertThat(PlausibilityCheck.parts(12, 10, null))
        .extracting(Flag::code)
        .containsExactly(FlagCode.NUMERATOR_ABOVE_DENOMINATOR);
    assertThat(PlausibilityCheck.parts(9, 15, 12L))
        .extracting(Flag::reason)
        .containsExactly("it counts 15 units where the registry holds 12 under the unit");
    assertThat(PlausibilityCheck.parts(10, 12, 12L)).isEmpty();
  }

  private static double round(double figure) {
    return Math.round(figure * 10) / 10.0;
  }
}
