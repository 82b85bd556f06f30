package vn.dxmonitor.dashboard.scorecard;

import java.util.List;
import vn.dxmonitor.model.scorecard.ScoreGroup;
import vn.dxmonitor.model.scorecard.ScoreItem;
import vn.dxmonitor.model.scorecard.Scorecard;

/** A scorecard's method as the API shows it: what each sub-indicator reads and how it scores. */
public record ScorecardView(
    String id,
    String nameVi,
    String nameEn,
    String source,
    String window,
    double outOf,
    List<String> levels,
    List<Group> groups) {

  static ScorecardView of(Scorecard card) {
    return new ScorecardView(
        card.id(),
        card.nameVi(),
        card.nameEn(),
        card.source(),
        card.window().id(),
        card.outOf(),
        card.levels().stream().map(level -> level.id()).sorted().toList(),
        card.groups().stream().map(Group::of).toList());
  }

  /** A group of the scorecard. */
  public record Group(String id, String nameVi, String nameEn, double points, List<Item> items) {

    static Group of(ScoreGroup group) {
      return new Group(
          group.id(),
          group.nameVi(),
          group.nameEn(),
          group.maxPoints(),
          group.items().stream().map(Item::of).toList());
    }
  }

  /** A sub-indicator, with its rule in words and the source it was taken from. */
  public record Item(
      String id,
      String nameVi,
      String nameEn,
      String indicator,
      double points,
      String rule,
      String scoring,
      String whenNoBase,
      String source) {

    static Item of(ScoreItem item) {
      return new Item(
          item.id(),
          item.nameVi(),
          item.nameEn(),
          item.indicator(),
          item.maxPoints(),
          item.rule().id(),
          item.rule().describe(),
          item.whenNoBase().id(),
          item.source());
    }
  }
}
