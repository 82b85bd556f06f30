package vn.dxmonitor.runtime.catalog.topic;

import java.time.Instant;
import vn.dxmonitor.runtime.catalog.ScorecardDocument;

/**
 * One version of a scorecard. A revision writes a new version and keeps the old ones, so a score as
 * of a past date is computed by the method in force then.
 *
 * @param validFrom when this version takes effect; null for the shipped version, which applies to
 *     every earlier date too
 */
public record ScorecardVersion(
    ScorecardDocument scorecard, int version, Instant validFrom, String changedBy) {

  /** Whether this version is in force at {@code instant} (if no later version is). */
  public boolean appliesAt(Instant instant) {
    return validFrom == null || !validFrom.isAfter(instant);
  }
}
