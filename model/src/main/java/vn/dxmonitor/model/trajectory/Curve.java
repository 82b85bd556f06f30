package vn.dxmonitor.model.trajectory;

/** How the expected value moves between a trajectory's points. */
public enum Curve {
  /** A straight line from each point to the next. */
  LINEAR,
  /** Flat at each point's value until the next point's date: a plan of yearly milestones. */
  STEP
}
