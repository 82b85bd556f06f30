package vn.dxmonitor.ingest.dedup;

import java.util.function.IntConsumer;

/**
 * Where the ids nearest expiry end: the minute {@code m} such that the ids remembered until before
 * {@code m}, with {@code alsoAt} of those remembered until {@code m} itself, are the {@code count}
 * to expire first. Found by a radix select in two passes of 16-bit digits over the minutes — a
 * histogram of the upper digit, then of the lower digit within the chosen upper one — so finding it
 * costs two reads of the table and two arrays of 65,536 counts, never a sort.
 *
 * <p>The counts need not add up exactly: ids added or moved between the passes make the cutoff
 * slightly off, and the caller looks again if it forgot too few.
 */
final class ExpiryCutoff {

  private static final int DIGIT_BITS = 16;
  private static final int DIGIT_MASK = (1 << DIGIT_BITS) - 1;

  private ExpiryCutoff() {}

  /** The minutes of every id remembered, each given to the consumer once a pass. */
  interface Minutes {
    void forEach(IntConsumer minute);
  }

  /**
   * @param minute ids remembered until before it are forgotten
   * @param alsoAt how many ids remembered until {@code minute} itself are forgotten too
   */
  record Cutoff(int minute, long alsoAt) {}

  /** The cutoff that forgets the {@code count} ids nearest expiry, {@code count} ≥ 1. */
  static Cutoff forgetting(long count, Minutes minutes) {
    long[] upper = new long[1 << DIGIT_BITS];
    minutes.forEach(minute -> upper[unsigned(minute) >>> DIGIT_BITS]++);
    Digit high = Digit.select(upper, count);
    long[] lower = new long[1 << DIGIT_BITS];
    minutes.forEach(
        minute -> {
          int key = unsigned(minute);
          if (key >>> DIGIT_BITS == high.value()) {
            lower[key & DIGIT_MASK]++;
          }
        });
    Digit low = Digit.select(lower, high.remaining());
    int key = (high.value() << DIGIT_BITS) | low.value();
    return new Cutoff(key ^ Integer.MIN_VALUE, low.remaining());
  }

  /** The minute as a key whose unsigned order is the minutes' order, negative ones first. */
  private static int unsigned(int minute) {
    return minute ^ Integer.MIN_VALUE;
  }

  /**
   * One digit of the cutoff: the bucket where the running count reaches what is to be forgotten,
   * and how many of that bucket are still to be forgotten.
   */
  private record Digit(int value, long remaining) {

    static Digit select(long[] counts, long count) {
      long before = 0;
      int last = 0;
      for (int value = 0; value < counts.length; value++) {
        if (counts[value] == 0) {
          continue;
        }
        if (before + counts[value] >= count) {
          return new Digit(value, count - before);
        }
        before += counts[value];
        last = value;
      }
      // Fewer than asked (ids forgotten meanwhile): all of them, up to the last bucket with any.
      return new Digit(last, counts[last]);
    }
  }
}
