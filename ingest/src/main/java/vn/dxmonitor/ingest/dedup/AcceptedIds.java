package vn.dxmonitor.ingest.dedup;

/**
 * A map from 128-bit digests of accepted ids to what the event in force under each said — the
 * digests of its figure (unit, indicator, time) and of its content — and the minute until which it
 * is remembered, in flat arrays. A map of strings costs some 130 bytes and several objects per id,
 * and a week of ids at a province's volume is millions: the collector spends its time tracing them,
 * and a busy benchmark ran out of heap. Here an id costs 36 bytes a slot, with nothing to trace. An
 * entry whose figure and content are both 0 is one whose content is not known (read from a ledger
 * record of an earlier version): any event under its id is taken for a retry.
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

  /** What an event in force under an id said: the digests of its figure and of its content. */
  record Known(long figure, long content) {

    static final Known UNKNOWN = new Known(0, 0);

    boolean isUnknown() {
      return figure == 0 && content == 0;
    }
  }

  boolean contains(long high, long low) {
    return lookup(high, low) != null;
  }

  /** What the event in force under the id said, or null for an id not remembered. */
  Known lookup(long high, long low) {
    return shard(high).lookup(high, nonEmpty(high, low));
  }

  /** Adds the digest with its content unknown, or moves its minute later if it is there already. */
  void add(long high, long low, int minute) {
    put(high, low, Known.UNKNOWN, minute);
  }

  /**
   * Remembers what the event in force under the id said, until {@code minute} at least: a revision
   * replaces what was known, and the later of the two minutes is kept.
   */
  void put(long high, long low, Known known, int minute) {
    shard(high).put(high, nonEmpty(high, low), known, minute);
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

  /** One open-addressing table: digest halves side by side in {@code slots}, the rest beside. */
  private static final class Shard {

    private long[] slots;
    private long[] figures;
    private long[] contents;
    private int[] minutes;
    private int size;

    Shard(int capacity) {
      allocate(capacity);
    }

    private void allocate(int capacity) {
      slots = new long[2 * capacity];
      figures = new long[capacity];
      contents = new long[capacity];
      minutes = new int[capacity];
    }

    synchronized Known lookup(long high, long low) {
      int found = find(high, low);
      return found < 0 ? null : new Known(figures[found], contents[found]);
    }

    synchronized void put(long high, long low, Known known, int minute) {
      int found = find(high, low);
      if (found >= 0) {
        minutes[found] = Math.max(minutes[found], minute);
        if (!known.isUnknown()) {
          figures[found] = known.figure();
          contents[found] = known.content();
        }
        return;
      }
      if (4L * (size + 1) > 3L * minutes.length) {
        rebuild(2 * minutes.length, Integer.MIN_VALUE);
      }
      insert(high, low, known.figure(), known.content(), minute);
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

    private void insert(long high, long low, long figure, long content, int minute) {
      int mask = minutes.length - 1;
      int i = (int) low & mask;
      while (isUsed(i)) {
        i = (i + 1) & mask;
      }
      slots[2 * i] = high;
      slots[2 * i + 1] = low;
      figures[i] = figure;
      contents[i] = content;
      minutes[i] = minute;
      size++;
    }

    /**
     * Copies into a table of {@code capacity} slots the entries remembered until {@code oldest} on.
     */
    private void rebuild(int capacity, int oldest) {
      long[] oldSlots = slots;
      long[] oldFigures = figures;
      long[] oldContents = contents;
      int[] oldMinutes = minutes;
      allocate(capacity);
      size = 0;
      for (int i = 0; i < oldMinutes.length; i++) {
        long high = oldSlots[2 * i];
        long low = oldSlots[2 * i + 1];
        if ((high != 0 || low != 0) && oldMinutes[i] >= oldest) {
          insert(high, low, oldFigures[i], oldContents[i], oldMinutes[i]);
        }
      }
    }

    private boolean isUsed(int i) {
      return slots[2 * i] != 0 || slots[2 * i + 1] != 0;
    }
  }
}
