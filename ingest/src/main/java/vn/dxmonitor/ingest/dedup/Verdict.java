package vn.dxmonitor.ingest.dedup;

/** What the ledger makes of one event offered to it. */
public enum Verdict {
  /** Nothing was accepted under its id: it counts. */
  NEW,
  /** Other figures than the event in force under its id: it replaces them. */
  REVISION,
  /** What the event in force under its id already says: a retry, stored nothing. */
  DUPLICATE,
  /** Its id was accepted for another unit, indicator or time: refused. */
  CHANGES_FIGURE,
  /** A retraction of an id nothing was accepted under: refused. */
  UNKNOWN_EVENT,
  /** Past its revision window and not a retry: refused as too late. */
  LATE;

  /** Whether the event is to be stored. */
  public boolean stores() {
    return this == NEW || this == REVISION;
  }
}
