package vn.dxmonitor.runtime.deadletter;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a dead letter sits on {@code dx.metric-events.dlt}: its partition and offset, written
 * {@code partition:offset} by people and {@code dlt:partition:offset} in the header of a replay.
 */
public record LetterId(int partition, long offset) implements Comparable<LetterId> {

  public LetterId {
    if (partition < 0 || offset < 0) {
      throw new IllegalArgumentException(
          "a letter is partition:offset, both ≥ 0, but was " + partition + ":" + offset);
    }
  }

  /**
   * @throws IllegalArgumentException naming the text when it is not {@code partition:offset}
   */
  public static LetterId parse(String text) {
    String trimmed = text == null ? "" : text.strip();
    int colon = trimmed.indexOf(':');
    try {
      if (colon > 0) {
        return new LetterId(
            Integer.parseInt(trimmed.substring(0, colon)),
            Long.parseLong(trimmed.substring(colon + 1)));
      }
    } catch (NumberFormatException e) {
      // fall through to the message below
    }
    throw new IllegalArgumentException(
        "a letter is written partition:offset, e.g. 0:42, but was '" + trimmed + "'");
  }

  /** Letters separated by commas or spaces. */
  public static List<LetterId> parseList(String text) {
    List<LetterId> ids = new ArrayList<>();
    for (String part : (text == null ? "" : text).split("[,\\s]+")) {
      if (!part.isEmpty()) {
        ids.add(parse(part));
      }
    }
    return ids;
  }

  /** The value of the {@code dx.replayed-from} header of this letter's replay. */
  public String replayedFrom() {
    return "dlt:" + this;
  }

  @Override
  public String toString() {
    return partition + ":" + offset;
  }

  @Override
  public int compareTo(LetterId other) {
    int byPartition = Integer.compare(partition, other.partition);
    return byPartition != 0 ? byPartition : Long.compare(offset, other.offset);
  }
}
