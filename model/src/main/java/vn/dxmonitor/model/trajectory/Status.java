package vn.dxmonitor.model.trajectory;

/** Where a unit stands against a target at a moment (DESIGN.md, trajectory and status). */
public enum Status {
  ACHIEVED,
  ON_TRACK,
  AT_RISK,
  BEHIND,
  MISSED,
  NO_DATA
}
