package vn.dxmonitor.alerting.lifecycle;

/** What a rule says about a unit right now. */
public enum Verdict {
  /** The rule's condition holds. */
  HOLDS,
  /** The condition does not hold, but the unit is not back on track either (e.g. at risk). */
  NEUTRAL,
  /** The unit is back where it should be: counts toward resolving a firing alert. */
  CLEARS,
  /** Nothing can be said (no value to judge): the alert stays as it is. */
  UNKNOWN
}
