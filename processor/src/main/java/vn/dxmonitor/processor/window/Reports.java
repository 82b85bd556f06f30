package vn.dxmonitor.processor.window;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The figures one unit reported for a measurement (or, as 1 and 0, whether it complied, for a
 * coverage), by the time they were true. The latest by {@code occurredAt} is the value: a report
 * that arrives late but is older than the newest never overwrites it. Reports within the grace
 * period are all kept, so the value as of any day a late report can still reach is exact; of the
 * older ones only the last is needed.
 */
public final class Reports {

  private final TreeMap<Instant, Double> byTime;

  public Reports() {
    this(new TreeMap<>());
  }

  public Reports(TreeMap<Instant, Double> byTime) {
    this.byTime = byTime;
  }

  /**
   * Records a report; one at the same instant as an earlier one corrects it.
   *
   * @return whether the latest value changed
   */
  public boolean add(Instant occurredAt, double value) {
    Map.Entry<Instant, Double> before = byTime.lastEntry();
    byTime.put(occurredAt, value);
    return before == null
        || !occurredAt.isBefore(before.getKey()) && !before.getValue().equals(value);
  }

  /** Withdraws the report made at {@code occurredAt}, if there is one. */
  public void remove(Instant occurredAt) {
    byTime.remove(occurredAt);
  }

  /** The value now: the report with the latest {@code occurredAt}, or null before any. */
  public Double latest() {
    Map.Entry<Instant, Double> last = byTime.lastEntry();
    return last == null ? null : last.getValue();
  }

  /** When the latest report was true, or null. */
  public Instant latestAt() {
    return byTime.isEmpty() ? null : byTime.lastKey();
  }

  /** The value as it stood at {@code instant}: the last report at or before it, or null. */
  public Double asOf(Instant instant) {
    Map.Entry<Instant, Double> entry = byTime.floorEntry(instant);
    return entry == null ? null : entry.getValue();
  }

  /** Drops reports before {@code instant} except the last of them, which still holds there. */
  public void forgetBefore(Instant instant) {
    Instant holding = byTime.lowerKey(instant);
    if (holding != null) {
      byTime.headMap(holding, false).clear();
    }
  }

  public NavigableMap<Instant, Double> byTime() {
    return Collections.unmodifiableNavigableMap(byTime);
  }
}
