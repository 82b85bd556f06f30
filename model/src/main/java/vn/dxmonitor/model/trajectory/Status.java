package vn.dxmonitor.model.trajectory;

/** Where a unit stands against a target at a moment (DESIGN.md, trajectory and status). */
public enum Status {
  ACHIEVED,
  ON_TRACK,
  AT_RISK,
  BEHIND,
  MISSED,
  /**
   * A period-to-date ratio that cannot reach its target even at 100 % for the rest of the period.
   */
  UNREACHABLE,
  NO_DATA
}
