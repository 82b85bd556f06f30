package vn.dxmonitor.runtime.access;

/**
 * How much a role may do, in order: a principal grants no role that ranks above its own. A source
 * system's key reads what it reports on, as a leader does. A reporter enters its units' periodic
 * figures, a verifier checks and publishes them: each only reads otherwise.
 */
public enum Rank {
  READER,
  REPORTER,
  VERIFIER,
  OPERATOR,
  ADMIN;

  public boolean atLeast(Rank other) {
    return compareTo(other) >= 0;
  }
}
