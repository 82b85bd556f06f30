package vn.dxmonitor.model.trajectory;

/** Where a unit stands against a target at a moment (DESIGN.md, trajectory and status). */
public enum Status {
  ACHIEVED,
  ON_TRACK,
  AT_RISK,
  BEHIND,
  MISSED,
  /**
   * A ratio-of-counts value whose trailing window, on the deadline, cannot meet the target even if
   * every event from today on succeeds: the days already counted that the window will still hold
   * weigh too much (see {@link vn.dxmonitor.model.status.TargetAssessor}).
   */
  UNREACHABLE,
  NO_DATA
}
