package vn.dxmonitor.model.scorecard;

import java.util.List;
import java.util.Objects;

/** A group of sub-indicators (a 766 criterion, a DTI pillar), worth the sum of their points. */
public record ScoreGroup(String id, String nameVi, String nameEn, List<ScoreItem> items) {

  public ScoreGroup {
    Objects.requireNonNull(id, "id");
    items = List.copyOf(items);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("group " + id + " has no items");
    }
  }

  public double maxPoints() {
    return items.stream().mapToDouble(ScoreItem::maxPoints).sum();
  }
}
