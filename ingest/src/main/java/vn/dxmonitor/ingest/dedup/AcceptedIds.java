package vn.dxmonitor.ingest.dedup;

/**
 * A set of 128-bit digests of accepted ids, each with the minute it was accepted, in flat arrays. A
 * map of strings costs some 130 bytes and several objects per id, and a week of ids at a province's
 * volume is millions: the collector spends its time tracing them, and a busy benchmark ran out of
 * heap. Here an id costs 20 bytes a slot, with nothing to trace.
 *
 * <p>The set is split into shards by the digest's top bits, each an open-addressing table with
 * linear probing behind its own lock, so a table that grows copies a sixty-fourth of the ids and
 * threads on different shards never wait for each other. The digests are random-looking (keyed
 * SipHash), so their bits serve directly as shard and slot.
 */
final class AcceptedIds {

  private static final int SHARD_BITS = 6;
  private static final int FIRST_CAPACITY = 1024;

  private final Shard[] shards = new Shard[1 << SHARD_BITS];

  AcceptedIds() {
    for (int i = 0; i < shards.length; i++) {
      shards[i] = new Shard(FIRST_CAPACITY);
    }
  }

  boolean contains(long high, long low) {
    return shard(high).contains(high, nonEmpty(high, low));
  }

  /** Adds the digest, or moves its minute later if it is there already. */
  void add(long high, long low, int minute) {
    shard(high).add(high, nonEmpty(high, low), minute);
  }

  long size() {
    long size = 0;
    for (Shard shard : shards) {
      size += shard.size();
    }
    return size;
  }

  /**
   * Forgets digests accepted before {@code minute} — in a shard only once they are an eighth of it,
   * so a table is rebuilt now and then rather than every time. An id may thus be remembered
   * somewhat longer than asked, never shorter.
   *
   * @return how many were forgotten
   */
  long forgetBefore(int minute) {
    long forgotten = 0;
    for (Shard shard : shards) {
      forgotten += shard.forgetBefore(minute);
    }
    return forgotten;
  }

  private Shard shard(long high) {
    return shards[(int) (high >>> (Long.SIZE - SHARD_BITS))];
  }

  /**
   * All-zero marks an empty slot; the one digest that is all zero is stored as if its low were 1.
   */
  private static long nonEmpty(long high, long low) {
    return high == 0 && low == 0 ? 1 : low;
  }

  /** One open-addressing table: digest halves side by side in {@code slots}, minutes beside. */
  private static final class Shard {

    private long[] slots;
    private int[] minutes;
    private int size;

    Shard(int capacity) {
      slots = new long[2 * capacity];
      minutes = new int[capacity];
    }

    synchronized boolean contains(long high, long low) {
      return find(high, low) >= 0;
    }

    synchronized void add(long high, long low, int minute) {
      int found = find(high, low);
      if (found >= 0) {
        minutes[found] = Math.max(minutes[found], minute);
        return;
      }
      if (4L * (size + 1) > 3L * minutes.length) {
        rebuild(2 * minutes.length, Integer.MIN_VALUE);
      }
      put(high, low, minute);
    }

    synchronized int size() {
      return size;
    }

    synchronized int forgetBefore(int minute) {
      int expired = 0;
      for (int i = 0; i < minutes.length; i++) {
        if (isUsed(i) && minutes[i] < minute) {
          expired++;
        }
      }
      if (expired == 0 || 8L * expired < size) {
        return 0;
      }
      int live = size - expired;
      int capacity = FIRST_CAPACITY;
      // Room for as many again before the table must grow.
      while (8L * live > 3L * capacity) {
        capacity *= 2;
      }
      rebuild(capacity, minute);
      return expired;
    }

    /** The slot holding the digest, or -1. */
    private int find(long high, long low) {
      int mask = minutes.length - 1;
      for (int i = (int) low & mask; ; i = (i + 1) & mask) {
        long slotHigh = slots[2 * i];
        long slotLow = slots[2 * i + 1];
        if (slotHigh == high && slotLow == low) {
          return i;
        }
        if (slotHigh == 0 && slotLow == 0) {
          return -1;
        }
      }
    }

    private void put(long high, long low, int minute) {
      int mask = minutes.length - 1;
      int i = (int) low & mask;
      while (isUsed(i)) {
        i = (i + 1) & mask;
      }
      slots[2 * i] = high;
      slots[2 * i + 1] = low;
      minutes[i] = minute;
      size++;
    }

    /** Copies into a table of {@code capacity} slots the digests from {@code oldest} on. */
    private void rebuild(int capacity, int oldest) {
      long[] oldSlots = slots;
      int[] oldMinutes = minutes;
      slots = new long[2 * capacity];
      minutes = new int[capacity];
      size = 0;
      for (int i = 0; i < oldMinutes.length; i++) {
        long high = oldSlots[2 * i];
        long low = oldSlots[2 * i + 1];
        if ((high != 0 || low != 0) && oldMinutes[i] >= oldest) {
          put(high, low, oldMinutes[i]);
        }
      }
    }

    private boolean isUsed(int i) {
      return slots[2 * i] != 0 || slots[2 * i + 1] != 0;
    }
  }
}
