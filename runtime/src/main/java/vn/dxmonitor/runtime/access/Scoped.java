package vn.dxmonitor.runtime.access;

import java.util.List;

/**
 * Someone who acts on units — an API key, a signed-in person, an operator of the alerting API —
 * with the subtrees it may reach. What that means is decided once, by {@link Scopes}.
 */
public interface Scoped {

  /** The roots of its subtrees as given (codes of any date); empty for a national principal. */
  List<String> units();

  /** Whether it reaches every unit of the country, as {@link Permissions#national} decides. */
  default boolean national() {
    return Permissions.national(this);
  }

  /** Whether it is a source system's key, whose role is to report events. */
  default boolean sourceSystem() {
    return false;
  }

  /** How high its role ranks, for what it may grant: see {@link Rank}. */
  Rank rank();
}
