package vn.dxmonitor.processor.revision;

import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.revision.RevisionEntry;
import vn.dxmonitor.processor.check.CheckedEvent;

/**
 * One thing {@link Revisions} sends on: an event to count ({@code apply}, a removal when it {@link
 * MetricEvent#retracts retracts} with its figures), a line for the revision log, or an event it
 * cannot use, for the dead-letter topic. Exactly one is set.
 */
public record Outcome(MetricEvent apply, RevisionEntry log, CheckedEvent deadLetter) {

  static Outcome apply(MetricEvent event) {
    return new Outcome(event, null, null);
  }

  static Outcome log(RevisionEntry entry) {
    return new Outcome(null, entry, null);
  }

  static Outcome deadLetter(CheckedEvent event, String reason) {
    return new Outcome(null, null, new CheckedEvent(null, event.raw(), reason));
  }

  public boolean isApply() {
    return apply != null;
  }

  public boolean isLog() {
    return log != null;
  }
}
