package vn.dxmonitor.model.scorecard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import vn.dxmonitor.model.unit.UnitLevel;

/**
 * A composite index as data: groups of sub-indicators, each bound to a catalog indicator with its
 * points and scoring rule, adding up to {@code outOf} (100 for the 766 index, 1,000 for DTI). The
 * index a unit is ranked by is its points ÷ {@code outOf}.
 *
 * @param levels the unit levels the index is computed for
 * @param source the decision the scorecard follows, and how faithfully
 * @param published the measurement indicator the official published score is reported under, to
 *     compare the live estimate with; null when none is
 */
public record Scorecard(
    String id,
    String nameVi,
    String nameEn,
    String source,
    ScoreWindow window,
    double outOf,
    Set<UnitLevel> levels,
    List<ScoreGroup> groups,
    String published) {

  /** Points are data typed by people: a sum off by less than this is the same sum. */
  private static final double SAME_POINTS = 1e-6;

  public Scorecard {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(window, "window");
    levels = Set.copyOf(levels);
    groups = List.copyOf(groups);
    double sum = groups.stream().mapToDouble(ScoreGroup::maxPoints).sum();
    if (Math.abs(sum - outOf) > SAME_POINTS) {
      throw new IllegalArgumentException(
          "outOf is " + outOf + " but the groups' points add up to " + sum);
    }
    Set<String> seen = new HashSet<>();
    for (ScoreGroup group : groups) {
      for (ScoreItem item : group.items()) {
        if (!seen.add(item.id())) {
          throw new IllegalArgumentException("item " + item.id() + " appears twice");
        }
      }
    }
  }

  /** A scorecard with no published score to compare with. */
  public Scorecard(
      String id,
      String nameVi,
      String nameEn,
      String source,
      ScoreWindow window,
      double outOf,
      Set<UnitLevel> levels,
      List<ScoreGroup> groups) {
    this(id, nameVi, nameEn, source, window, outOf, levels, groups, null);
  }

  /** The indicators the scorecard reads, each once. */
  public Set<String> indicators() {
    Set<String> indicators = new java.util.LinkedHashSet<>();
    groups.forEach(group -> group.items().forEach(item -> indicators.add(item.indicator())));
    return indicators;
  }

  /** Scores a unit whose figure on each indicator {@code figureOf} gives. */
  public Score score(Function<String, Figure> figureOf) {
    List<GroupScore> scored = new ArrayList<>();
    for (ScoreGroup group : groups) {
      List<ItemScore> items = new ArrayList<>();
      for (ScoreItem item : group.items()) {
        items.add(item.score(Objects.requireNonNull(figureOf.apply(item.indicator()))));
      }
      scored.add(new GroupScore(group, items));
    }
    return new Score(this, scored);
  }
}
