package vn.dxmonitor.processor.aggregate;

import java.time.Duration;

/**
 * When the values that events changed go out. Live, every {@code interval}, so a value is visible a
 * moment after its event. While the processor catches up — after an outage, or in a reprocess — the
 * events it reads are long past and their values already late; publishing every {@code catchUp}
 * instead then lets one key absorb many more events per publish, and the backlog is read faster.
 *
 * @param interval how often changed values are published while the processor keeps up
 * @param catchUp how often they are published while it catches up, which it does when the oldest
 *     unpublished contribution was written more than this long ago
 */
public record Publishing(Duration interval, Duration catchUp) {

  /** Every {@code interval}, without catching up. */
  public static Publishing every(Duration interval) {
    return new Publishing(interval, interval);
  }

  /**
   * @param sinceLast milliseconds since the last publish
   * @param oldestAge milliseconds since the oldest unpublished contribution was written
   */
  boolean due(long sinceLast, long oldestAge) {
    return oldestAge <= catchUp.toMillis() || sinceLast >= catchUp.toMillis();
  }
}
