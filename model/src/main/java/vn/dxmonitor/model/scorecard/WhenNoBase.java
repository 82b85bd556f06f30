package vn.dxmonitor.model.scorecard;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a sub-indicator earns where the unit had nothing to count (no dossiers of that kind): the
 * 766 index gives full points, since a unit cannot be faulted for dossiers nobody filed.
 */
public enum WhenNoBase {
  FULL_POINTS("full"),
  NO_POINTS("none");

  private final String id;

  WhenNoBase(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<WhenNoBase> fromId(String id) {
    return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
  }
}
