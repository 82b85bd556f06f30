package vn.dxmonitor.ingest.dedup;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dxmonitor.ingest.publish.LedgerEntries;
import vn.dxmonitor.ingest.publish.TransactionalPublisher;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.runtime.kafka.TopicFollower;
import vn.dxmonitor.runtime.kafka.Topics;

/**
 * Which events have been accepted — by (source, eventId) and the digest of what they said — so a
 * retry — in the same second or hours later, on this instance or another — is answered as a
 * duplicate and not stored again. Every instance follows {@code dx.ingest.accepted-ids}, which
 * ingest writes in the same transaction as the events ({@link LedgerEntries}). Pairs being stored
 * right now are claimed, so a retry racing its original waits for the original's outcome instead of
 * guessing. The same key with other figures is a revision, not a retry: it is stored, and the
 * processor replaces the figure in force with it. The processor's dedup store remains the backstop,
 * for events that reach Kafka directly and for the moment before another instance's write arrives
 * here.
 *
 * <p>A pair is remembered as a 128-bit digest — two SipHash halves under keys this process draws —
 * in {@link AcceptedIds}, about 36 bytes an id; two pairs would share a digest with a chance below
 * one in 10²⁰ even among billions of ids, and nobody without the keys can make them.
 */
public final class AcceptedLedger implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(AcceptedLedger.class);
  private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
  private static final Duration FETCH_WAIT = Duration.ofMillis(100);

  private final TopicFollower follower;
  private final byte[] instance;
  private final Duration retention;
  private final Clock clock;
  private final AcceptedIds accepted = new AcceptedIds();
  private final SipHash highHalf;
  private final SipHash lowHalf;
  private final Map<String, CompletableFuture<Boolean>> inFlight = new ConcurrentHashMap<>();
  private long nextSweep = System.nanoTime() + SWEEP_EVERY.toNanos();

  /**
   * @param instance the name this instance's publisher puts on its ledger records; they are skipped
   *     when read back, since {@link #release} or {@link #stored} already remembered them
   */
  public AcceptedLedger(
      Map<String, Object> consumerConfig, Duration retention, Clock clock, String instance) {
    this.instance = instance == null ? null : instance.getBytes(StandardCharsets.UTF_8);
    this.retention = retention;
    this.clock = clock;
    // Keys of this process only: ids are hashed where they are read, never shared as digests.
    SecureRandom random = new SecureRandom();
    this.highHalf = new SipHash(random.nextLong(), random.nextLong());
    this.lowHalf = new SipHash(random.nextLong(), random.nextLong());
    Map<String, Object> config = new HashMap<>(consumerConfig);
    // Another instance's ids may arrive a moment late, since the processor backs the ledger up;
    // fetching in larger steps spares this instance and the broker a fetch per commit.
    config.putIfAbsent(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 64 * 1024);
    config.putIfAbsent(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, (int) FETCH_WAIT.toMillis());
    this.follower = new TopicFollower(Topics.ACCEPTED_IDS.name(), config, new Follow());
  }

  public void start() {
    follower.start();
  }

  public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
    return follower.awaitCaughtUp(timeout);
  }

  /** How many pairs are remembered now. */
  public long size() {
    return accepted.size();
  }

  /**
   * Claims the pairs not accepted before, waiting first for any that another request is storing
   * right now. The caller must {@link #release} what it claimed, whatever happens.
   *
   * @param keys idempotency keys, distinct
   * @param wait the longest to wait for racing requests
   */
  public Claim claim(List<String> keys, Duration wait) {
    List<String> pending = new ArrayList<>(keys);
    List<String> duplicates = new ArrayList<>();
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      awaitOthers(pending, deadline);
      List<String> claimed = new ArrayList<>(pending.size());
      long[] digests = new long[2 * pending.size()];
      List<String> raced = new ArrayList<>();
      CompletableFuture<Boolean> mine = new CompletableFuture<>();
      for (String key : pending) {
        long high = highHalf.hash(key);
        long low = lowHalf.hash(key);
        if (accepted.contains(high, low)) {
          duplicates.add(key);
        } else if (inFlight.putIfAbsent(key, mine) == null) {
          digests[2 * claimed.size()] = high;
          digests[2 * claimed.size() + 1] = low;
          claimed.add(key);
        } else {
          raced.add(key);
        }
      }
      if (raced.isEmpty() || System.nanoTime() >= deadline) {
        // Pairs still racing past the deadline are stored again: the processor counts them once.
        for (String key : raced) {
          digests[2 * claimed.size()] = highHalf.hash(key);
          digests[2 * claimed.size() + 1] = lowHalf.hash(key);
          claimed.add(key);
        }
        return new Claim(claimed, duplicates, mine, digests);
      }
      release(new Claim(claimed, List.of(), mine, digests), false);
      pending = new ArrayList<>(raced);
      pending.addAll(claimed);
    }
  }

  /** Ends a claim: the pairs were stored ({@code stored}) or not, and racing requests go on. */
  public void release(Claim claim, boolean stored) {
    if (stored) {
      int now = minuteOf(clock.millis());
      long[] digests = claim.digests();
      for (int i = 0; i < claim.keys().size(); i++) {
        accepted.add(digests[2 * i], digests[2 * i + 1], now);
      }
    }
    claim.keys().forEach(key -> inFlight.remove(key, claim.future()));
    claim.future().complete(stored);
  }

  /**
   * Remembers events this instance committed after their request had stopped waiting and been
   * answered 503: a retry of them is a duplicate. Events of answered requests are remembered by
   * {@link #release}.
   */
  public void stored(List<MetricEvent> events) {
    int now = minuteOf(clock.millis());
    events.forEach(event -> remember(event.retryKey(), now));
  }

  private void awaitOthers(List<String> keys, long deadline) {
    for (String key : keys) {
      CompletableFuture<Boolean> other = inFlight.get(key);
      if (other == null) {
        continue;
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return;
      }
      try {
        other.get(left, TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException | TimeoutException e) {
        return;
      }
    }
  }

  /** Remembers each accepted pair and forgets expired ones now and then. */
  private final class Follow implements TopicFollower.Listener {

    @Override
    public void record(ConsumerRecord<String, byte[]> record) {
      remember(record);
    }

    @Override
    public void polled(Consumer<String, byte[]> consumer, List<TopicPartition> partitions) {
      if (System.nanoTime() >= nextSweep) {
        forgetExpired();
        nextSweep = System.nanoTime() + SWEEP_EVERY.toNanos();
      }
    }

    @Override
    public void caughtUp() {
      log.info("Ingest ledger read: {} accepted event ids remembered", accepted.size());
    }
  }

  private void remember(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null || isOwn(record)) {
      return;
    }
    LedgerEntries.Read entry;
    try {
      entry = LedgerEntries.read(record.value());
    } catch (DateTimeParseException e) {
      log.warn("Skipped an unreadable ledger record at offset {}", record.offset());
      return;
    }
    long at = entry.acceptedAt().toEpochMilli();
    if (at > clock.millis() - retention.toMillis()) {
      int minute = minuteOf(at);
      entry.keys().forEach(key -> remember(key, minute));
    }
  }

  private boolean isOwn(ConsumerRecord<String, byte[]> record) {
    Header writer = record.headers().lastHeader(TransactionalPublisher.INSTANCE_HEADER);
    return instance != null && writer != null && Arrays.equals(writer.value(), instance);
  }

  private void forgetExpired() {
    long forgotten = accepted.forgetBefore(minuteOf(clock.millis() - retention.toMillis()));
    if (forgotten > 0) {
      log.debug("Ingest ledger forgot {} ids older than {}", forgotten, retention);
    }
  }

  private void remember(String key, int minute) {
    accepted.add(highHalf.hash(key), lowHalf.hash(key), minute);
  }

  private static int minuteOf(long epochMillis) {
    return (int) (epochMillis / 60_000);
  }

  @Override
  public void close() throws InterruptedException {
    follower.close();
  }
}
