package vn.dxmonitor.ingest.dedup;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import java.util.function.Function;
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
 *
 * <p>It holds at most {@code maxIds} pairs ({@code dx.ingest.ledger-max-ids}), so the heap it takes
 * is bounded whatever arrives. Past the bound it forgets the pairs nearest expiry first, before
 * their time, counts them ({@link #forgottenEarly}) and warns once a sweep. Forgetting early is
 * safe, only dearer: a retry of a forgotten event is judged new and stored again, and the
 * processor's dedup store, which keeps the event in force under each id as long as the ledger would
 * have, drops it as the duplicate it is — the figures count once either way. What is lost is the
 * {@code duplicates} answer to the client and the refusal of a figure-changing reuse of the id at
 * the door; the pairs nearest expiry are forgotten because they are the ones least likely to be
 * retried before they would have gone anyway.
 */
public final class AcceptedLedger implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(AcceptedLedger.class);
  private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
  private static final Duration FETCH_WAIT = Duration.ofMillis(100);

  private final TopicFollower follower;
  private final byte[] instance;
  private final Duration retention;
  private final long maxIds;
  private final Clock clock;
  private final Function<MetricEvent, Instant> windowEnd;
  private final AcceptedIds accepted;
  private final SipHash highHalf;
  private final SipHash lowHalf;
  private final Map<String, CompletableFuture<Boolean>> inFlight = new ConcurrentHashMap<>();
  private long nextSweep = System.nanoTime() + SWEEP_EVERY.toNanos();
  private long forgottenEarlyWarned;

  /**
   * @param retention how long a pair is remembered at least after it was accepted
   * @param maxIds the most pairs held; past it the ones nearest expiry are forgotten early
   * @param instance the name this instance's publisher puts on its ledger records; they are skipped
   *     when read back, since {@link #release} or {@link #stored} already remembered them
   * @param windowEnd when an event's revision window closes (null when unknown): it is remembered
   *     until then at least
   */
  public AcceptedLedger(
      Map<String, Object> consumerConfig,
      Duration retention,
      long maxIds,
      Clock clock,
      String instance,
      Function<MetricEvent, Instant> windowEnd) {
    this.windowEnd = windowEnd;
    this.instance = instance == null ? null : instance.getBytes(StandardCharsets.UTF_8);
    this.retention = retention;
    this.maxIds = maxIds;
    this.accepted = new AcceptedIds(maxIds);
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

  /** How many pairs were forgotten before they expired, to stay within the bound, since start. */
  public long forgottenEarly() {
    return accepted.forgottenEarly();
  }

  /** An event offered to the ledger: its id, and whether it came after its revision window. */
  public record Offer(MetricEvent event, boolean late) {}

  /**
   * Judges each event against what was accepted under its id before, waiting first for any id that
   * another request is storing right now, and claims the ones to store. The caller must {@link
   * #release} the claim, whatever happens.
   *
   * @param offers events with distinct idempotency keys
   * @param wait the longest to wait for racing requests
   */
  public Claim claim(List<Offer> offers, Duration wait) {
    Verdict[] verdicts = new Verdict[offers.size()];
    List<Integer> pending = new ArrayList<>(offers.size());
    for (int i = 0; i < offers.size(); i++) {
      pending.add(i);
    }
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      awaitOthers(pending.stream().map(i -> key(offers.get(i))).toList(), deadline);
      List<Integer> claimed = new ArrayList<>(pending.size());
      List<Integer> raced = new ArrayList<>();
      CompletableFuture<Boolean> mine = new CompletableFuture<>();
      for (int i : pending) {
        Offer offer = offers.get(i);
        String key = key(offer);
        Verdict verdict = judge(accepted.lookup(highHalf.hash(key), lowHalf.hash(key)), offer);
        verdicts[i] = verdict;
        if (!verdict.stores()) {
          continue;
        }
        if (inFlight.putIfAbsent(key, mine) == null) {
          claimed.add(i);
        } else {
          raced.add(i);
        }
      }
      if (raced.isEmpty() || System.nanoTime() >= deadline) {
        // Events still racing past the deadline are stored again: the processor counts them once.
        claimed.addAll(raced);
        return claimOf(offers, claimed, verdicts, mine);
      }
      release(claimOf(offers, claimed, verdicts, mine), false);
      pending = new ArrayList<>(raced);
      pending.addAll(claimed);
    }
  }

  private static Verdict judge(AcceptedIds.Known known, Offer offer) {
    MetricEvent event = offer.event();
    if (known == null) {
      return offer.late() ? Verdict.LATE : event.retracts() ? Verdict.UNKNOWN_EVENT : Verdict.NEW;
    }
    if (known.isUnknown() || known.content() == event.contentDigest()) {
      return Verdict.DUPLICATE;
    }
    if (offer.late()) {
      return Verdict.LATE;
    }
    return known.figure() == event.figureDigest() ? Verdict.REVISION : Verdict.CHANGES_FIGURE;
  }

  private Claim claimOf(
      List<Offer> offers,
      List<Integer> claimed,
      Verdict[] verdicts,
      CompletableFuture<Boolean> mine) {
    List<String> keys = new ArrayList<>(claimed.size());
    long[] digests = new long[2 * claimed.size()];
    AcceptedIds.Known[] known = new AcceptedIds.Known[claimed.size()];
    int[] minutes = new int[claimed.size()];
    for (int j = 0; j < claimed.size(); j++) {
      MetricEvent event = offers.get(claimed.get(j)).event();
      String key = event.idempotencyKey();
      keys.add(key);
      digests[2 * j] = highHalf.hash(key);
      digests[2 * j + 1] = lowHalf.hash(key);
      known[j] = new AcceptedIds.Known(event.figureDigest(), event.contentDigest());
      minutes[j] = minuteOf(rememberUntil(event).toEpochMilli());
    }
    return new Claim(verdicts, keys, mine, digests, known, minutes);
  }

  private static String key(Offer offer) {
    return offer.event().idempotencyKey();
  }

  /**
   * How long an event is remembered: while it may still be revised or retracted, and at least the
   * ledger's retention after it was accepted, so a late retry is still told apart from a new event.
   */
  public Instant rememberUntil(MetricEvent event) {
    Instant accepted = event.acceptedAt() == null ? clock.instant() : event.acceptedAt();
    Instant byRetention = accepted.plus(retention);
    Instant byWindow = windowEnd.apply(event);
    return byWindow != null && byWindow.isAfter(byRetention) ? byWindow : byRetention;
  }

  /** Ends a claim: the events were stored ({@code stored}) or not, and racing requests go on. */
  public void release(Claim claim, boolean stored) {
    if (stored) {
      long[] digests = claim.digests();
      for (int i = 0; i < claim.keys().size(); i++) {
        accepted.put(digests[2 * i], digests[2 * i + 1], claim.known()[i], claim.minutes()[i]);
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
    for (MetricEvent event : events) {
      remember(
          event.idempotencyKey(),
          new AcceptedIds.Known(event.figureDigest(), event.contentDigest()),
          minuteOf(rememberUntil(event).toEpochMilli()));
    }
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
        sweep();
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
    } catch (DateTimeParseException | IllegalArgumentException e) {
      log.warn("Skipped an unreadable ledger record at offset {}", record.offset());
      return;
    }
    int now = minuteOf(clock.millis());
    int byRetention = minuteOf(entry.acceptedAt().plus(retention).toEpochMilli());
    for (LedgerEntries.Entry line : entry.entries()) {
      int until = Math.max(byRetention, line.untilMinute());
      if (until >= now) {
        remember(line.key(), new AcceptedIds.Known(line.figure(), line.content()), until);
      }
    }
  }

  private boolean isOwn(ConsumerRecord<String, byte[]> record) {
    Header writer = record.headers().lastHeader(TransactionalPublisher.INSTANCE_HEADER);
    return instance != null && writer != null && Arrays.equals(writer.value(), instance);
  }

  /**
   * Forgets the pairs whose time is past — both the retention after acceptance and the revision
   * window — and warns of pairs forgotten early since the last sweep: once a minute at most,
   * however many requests a flood of new ids spans.
   */
  void sweep() {
    long forgotten = accepted.forgetBefore(minuteOf(clock.millis()));
    if (forgotten > 0) {
      log.debug("Ingest ledger forgot {} ids older than {}", forgotten, retention);
    }
    long early = accepted.forgottenEarly();
    if (early > forgottenEarlyWarned) {
      log.warn(
          "Ingest ledger reached dx.ingest.ledger-max-ids ({}) and forgot {} ids nearest expiry"
              + " early since the last sweep; a retry of one of them is stored again and dropped"
              + " by the processor's dedup store. Raise the bound (about 65 bytes of heap an id)"
              + " if this recurs",
          maxIds,
          early - forgottenEarlyWarned);
      forgottenEarlyWarned = early;
    }
  }

  private void remember(String key, AcceptedIds.Known known, int until) {
    accepted.put(highHalf.hash(key), lowHalf.hash(key), known, until);
  }

  private static int minuteOf(long epochMillis) {
    return (int) (epochMillis / 60_000);
  }

  @Override
  public void close() throws InterruptedException {
    follower.close();
  }
}
