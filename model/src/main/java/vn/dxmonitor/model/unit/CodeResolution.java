package vn.dxmonitor.model.unit;

import java.util.List;

/** What a unit code means on a date. */
public sealed interface CodeResolution {

  /**
   * The code names a unit valid on the date, directly or as the sole successor of a retired one.
   */
  record Resolved(Unit unit, String retiredCode) implements CodeResolution {}

  /** The code was retired and split: which successor an event belongs to cannot be known. */
  record Ambiguous(String code, java.time.LocalDate effective, List<Unit> successors)
      implements CodeResolution {}

  /** The code names no unit on the date and has no successor. */
  record Unknown(String code) implements CodeResolution {}
}
