package vn.dxmonitor.model.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import vn.dxmonitor.model.catalog.IndicatorKind;

class PlausibilityPropertiesTest {

  private static final JumpRule RULE = JumpRule.forKind(IndicatorKind.COVERAGE);

  @Property
  void aFigureThatMovesByTheUsualChangeIsNeverAJump(
      @ForAll @Size(min = 4, max = 20) List<@DoubleRange(min = 0, max = 100) Double> history) {
    List<Double> changes = new ArrayList<>();
    for (int i = 1; i < history.size(); i++) {
      changes.add(history.get(i) - history.get(i - 1));
    }
    double usual = RobustScore.median(changes.stream().mapToDouble(Double::doubleValue).toArray());
    double figure = history.get(history.size() - 1) + usual;

    assertThat(PlausibilityCheck.check(figure, history, List.of(), RULE)).isEmpty();
  }

  @Property
  void movingEveryFigureByTheSameAmountChangesNoJudgement(
      @ForAll @Size(min = 4, max = 20) List<@DoubleRange(min = 0, max = 100) Double> history,
      @ForAll @DoubleRange(min = 0, max = 100) double figure,
      @ForAll @DoubleRange(min = -50, max = 50) double shift) {
    List<Double> shifted = history.stream().map(value -> value + shift).toList();

    assertThat(codes(PlausibilityCheck.check(figure + shift, shifted, List.of(), RULE)))
        .isEqualTo(codes(PlausibilityCheck.check(figure, history, List.of(), RULE)));
  }

  @Property
  void theOrderOfThePeersDoesNotMatter(
      @ForAll @Size(min = 5, max = 40) List<@DoubleRange(min = 0, max = 100) Double> peers,
      @ForAll @DoubleRange(min = 0, max = 100) double figure) {
    List<Double> reversed = new ArrayList<>(peers);
    Collections.reverse(reversed);

    assertThat(RobustScore.of(figure, reversed, RULE.scaleFloor()))
        .isEqualTo(RobustScore.of(figure, peers, RULE.scaleFloor()));
  }

  @Property
  void aFigureFurtherFromThePeersScoresHigher(
      @ForAll @Size(min = 5, max = 40) List<@DoubleRange(min = 0, max = 100) Double> peers,
      @ForAll @DoubleRange(min = 0, max = 100) double figure,
      @ForAll @DoubleRange(min = 0.01, max = 100) double further) {
    double median = RobustScore.median(peers.stream().mapToDouble(Double::doubleValue).toArray());
    double away = figure >= median ? figure + further : figure - further;

    assertThat(Math.abs(RobustScore.of(away, peers, RULE.scaleFloor())))
        .isGreaterThan(Math.abs(RobustScore.of(figure, peers, RULE.scaleFloor())));
  }

  private static List<FlagCode> codes(List<Flag> flags) {
    return flags.stream().map(Flag::code).toList();
  }
}
