package vn.dxmonitor.model.reporting;

/** Where a figure a unit owes stands. */
public enum DueState {
  /** Not received, and its deadline has not passed. */
  DUE,
  /** Not received, and its deadline has passed. */
  OVERDUE,
  /** A figure for the period (or a later one) has been counted. */
  RECEIVED
}
