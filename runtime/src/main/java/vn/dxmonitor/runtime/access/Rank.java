package vn.dxmonitor.runtime.access;

/**
 * How much a role may do, in order: a principal grants no role that ranks above its own. A source
 * system's key reads what it reports on, as a leader does.
 */
public enum Rank {
  READER,
  OPERATOR,
  ADMIN;

  public boolean atLeast(Rank other) {
    return compareTo(other) >= 0;
  }
}
