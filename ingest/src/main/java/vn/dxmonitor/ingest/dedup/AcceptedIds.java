package vn.dxmonitor.ingest.dedup;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

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
 *
 * <p>The set holds at most {@code maxIds}, so a flood of new ids — a source replaying years of
 * history, or a client inventing ids — cannot take the heap: the id that would be one too many
 * makes it forget the ids nearest expiry, down to seven eighths of the bound, so the work of
 * choosing them (two reads of the table, see {@link ExpiryCutoff}) is shared by an eighth of the
 * bound's ids. Threads adding at that moment may each hold one id more until it is done.
 */
final class AcceptedIds {

  private static final int SHARD_BITS = 6;
  private static final int FIRST_CAPACITY = 1024;

  private final Shard[] shards = new Shard[1 << SHARD_BITS];
  private final long maxIds;
  private final long keptWhenFull;
  private final AtomicLong held = new AtomicLong();
  private final AtomicLong forgottenEarly = new AtomicLong();

  /** One forgetting at a time, whether of expired ids or of the ids nearest expiry. */
  private final Object forgetting = new Object();

  /**
   * @param maxIds the most ids held; more make it forget the ids nearest expiry early
   */
  AcceptedIds(long maxIds) {
    if (maxIds < 1) {
      throw new IllegalArgumentException("maxIds must be at least 1, but was " + maxIds);
    }
    this.maxIds = maxIds;
    this.keptWhenFull = maxIds - Math.max(1, maxIds / 8);
    // A shard's share of the bound caps how much room a rebuilt shard keeps for growth.
    long share = maxIds / shards.length + 1;
    for (int i = 0; i < shards.length; i++) {
      shards[i] = new Shard(FIRST_CAPACITY, share);
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
    if (shard(high).put(high, nonEmpty(high, low), known, minute)
        && held.incrementAndGet() > maxIds) {
      forgetNearestExpiry();
    }
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
    synchronized (forgetting) {
      long forgotten = 0;
      for (Shard shard : shards) {
        forgotten += shard.forgetExpired(minute);
      }
      held.addAndGet(-forgotten);
      return forgotten;
    }
  }

  /** How many ids were forgotten before they expired, to stay within the bound, since creation. */
  long forgottenEarly() {
    return forgottenEarly.get();
  }

  /**
   * Forgets the ids nearest expiry until seven eighths of the bound are left. Ids that share the
   * cutoff minute are forgotten only as many as needed, so a burst accepted in one minute does not
   * empty the set.
   */
  private void forgetNearestExpiry() {
    synchronized (forgetting) {
      while (held.get() > maxIds) {
        ExpiryCutoff.Cutoff cutoff =
            ExpiryCutoff.forgetting(held.get() - keptWhenFull, this::forEachMinute);
        long forgotten = 0;
        long alsoAt = cutoff.alsoAt();
        for (Shard shard : shards) {
          Shard.Forgotten some = shard.forgetNearest(cutoff.minute(), alsoAt);
          alsoAt -= some.atCutoff();
          forgotten += some.total();
        }
        held.addAndGet(-forgotten);
        forgottenEarly.addAndGet(forgotten);
        if (forgotten == 0) {
          return;
        }
      }
    }
  }

  private void forEachMinute(IntConsumer each) {
    for (Shard shard : shards) {
      shard.forEachMinute(each);
    }
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

    private final long share;
    private long[] slots;
    private long[] figures;
    private long[] contents;
    private int[] minutes;
    private int size;

    Shard(int capacity, long share) {
      this.share = share;
      allocate(capacity);
    }

    /** What one forgetting took from a shard: in all, and of the ids at the cutoff minute. */
    record Forgotten(int total, int atCutoff) {

      static final Forgotten NONE = new Forgotten(0, 0);
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

    /** Whether the digest was new here. */
    synchronized boolean put(long high, long low, Known known, int minute) {
      int found = find(high, low);
      if (found >= 0) {
        minutes[found] = Math.max(minutes[found], minute);
        if (!known.isUnknown()) {
          figures[found] = known.figure();
          contents[found] = known.content();
        }
        return false;
      }
      if (4L * (size + 1) > 3L * minutes.length) {
        rebuild(2 * minutes.length, Integer.MIN_VALUE, 0);
      }
      insert(high, low, known.figure(), known.content(), minute);
      return true;
    }

    synchronized int size() {
      return size;
    }

    /**
     * Forgets the ids remembered until before {@code minute}, once they are an eighth of the shard.
     */
    synchronized int forgetExpired(int minute) {
      int expired = 0;
      for (int i = 0; i < minutes.length; i++) {
        if (isUsed(i) && minutes[i] < minute) {
          expired++;
        }
      }
      if (expired == 0 || 8L * expired < size) {
        return 0;
      }
      rebuild(capacityFor(size - expired), minute, 0);
      return expired;
    }

    /**
     * Forgets the ids remembered until before {@code cutoff}, and up to {@code atCutoff} of those
     * remembered until {@code cutoff} itself, however few.
     */
    synchronized Forgotten forgetNearest(int cutoff, long atCutoff) {
      int before = 0;
      int at = 0;
      for (int i = 0; i < minutes.length; i++) {
        if (isUsed(i)) {
          before += minutes[i] < cutoff ? 1 : 0;
          at += minutes[i] == cutoff ? 1 : 0;
        }
      }
      int atForgotten = (int) Math.min(at, atCutoff);
      if (before + atForgotten == 0) {
        return Forgotten.NONE;
      }
      rebuild(capacityFor(size - before - atForgotten), cutoff, atForgotten);
      return new Forgotten(before + atForgotten, atForgotten);
    }

    synchronized void forEachMinute(IntConsumer each) {
      for (int i = 0; i < minutes.length; i++) {
        if (isUsed(i)) {
          each.accept(minutes[i]);
        }
      }
    }

    /**
     * Slots for {@code live} ids with room for as many again before the table must grow — but no
     * more room than the shard's share of the bound, which the set never holds much more than.
     */
    private int capacityFor(int live) {
      long room = Math.max(live, Math.min(2L * live, share));
      int capacity = FIRST_CAPACITY;
      while (4L * room > 3L * capacity) {
        capacity *= 2;
      }
      return capacity;
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
     * Copies into a table of {@code capacity} slots the entries remembered until {@code oldest} on,
     * but the first {@code dropAtOldest} remembered until {@code oldest} itself.
     */
    private void rebuild(int capacity, int oldest, int dropAtOldest) {
      int toDrop = dropAtOldest;
      long[] oldSlots = slots;
      long[] oldFigures = figures;
      long[] oldContents = contents;
      int[] oldMinutes = minutes;
      allocate(capacity);
      size = 0;
      for (int i = 0; i < oldMinutes.length; i++) {
        long high = oldSlots[2 * i];
        long low = oldSlots[2 * i + 1];
        if ((high == 0 && low == 0) || oldMinutes[i] < oldest) {
          continue;
        }
        if (oldMinutes[i] == oldest && toDrop > 0) {
          toDrop--;
          continue;
        }
        insert(high, low, oldFigures[i], oldContents[i], oldMinutes[i]);
      }
    }

    private boolean isUsed(int i) {
      return slots[2 * i] != 0 || slots[2 * i + 1] != 0;
    }
  }
}
