package vn.dxmonitor.ingest.publish;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.runtime.json.MetricEventJson;
import vn.dxmonitor.runtime.kafka.Topics;

/**
 * Stores requests' accepted events and their ledger entries in Kafka transactions: a request is
 * visible to the processor and to every ingest instance whole or not at all. A 202 is only sent
 * after the commit, so an answered event is on every in-sync replica ({@code acks=all}).
 *
 * <p>Requests that arrive together share a transaction (group commit): a committer takes every
 * request waiting, writes them, commits once and answers them all. A transaction per request would
 * cost the broker a commit per request; this way a busy instance commits a few times per
 * millisecond-scale round trip, however many requests it serves. Each committer owns one
 * transactional producer; a producer whose transaction failed is closed and made again with the
 * same transactional id, which fences whatever the old one left open. A transaction the broker
 * refused is tried once more that way; if it fails again, or the broker did not answer in time,
 * every request in it is refused and none of it is visible.
 */
public final class TransactionalPublisher implements AutoCloseable {

  /** The header naming the instance that wrote a ledger record, so it can skip its own. */
  public static final String INSTANCE_HEADER = "dx.ingest.instance";

  private static final Logger log = LoggerFactory.getLogger(TransactionalPublisher.class);
  private static final int MOST_EVENTS_PER_TRANSACTION = 20_000;

  private final TransactionalProducers producers;
  private final Duration timeout;
  private final Clock clock;
  private final Consumer<List<MetricEvent>> committed;
  private final Function<MetricEvent, Instant> rememberUntil;
  private final Function<MetricEvent, String> keys;
  private final byte[] instanceBytes;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final List<Thread> committers = new ArrayList<>();
  private volatile boolean running = true;

  /**
   * @param producers makes a committer's producer for its transactional id
   * @param instance this instance's name, on its transactional ids and ledger records
   * @param committerCount transactions that may be open at once
   * @param committed told of the events of a request whose caller stopped waiting before their
   *     transaction committed, on the committer's thread
   * @param rememberUntil until when the ledger must remember each event
   * @param keys the key each event is stored under ({@code EventKeys})
   */
  public TransactionalPublisher(
      TransactionalProducers producers,
      String instance,
      int committerCount,
      Duration timeout,
      Clock clock,
      Consumer<List<MetricEvent>> committed,
      Function<MetricEvent, Instant> rememberUntil,
      Function<MetricEvent, String> keys) {
    this.producers = producers;
    this.rememberUntil = rememberUntil;
    this.keys = keys;
    this.instanceBytes = instance.getBytes(StandardCharsets.UTF_8);
    this.timeout = timeout;
    this.clock = clock;
    this.committed = committed;
    String prefix = "dx-ingest-" + instance + "-";
    for (int i = 0; i < committerCount; i++) {
      Thread thread = new Thread(new Committer(prefix + i)::run, "dx-ingest-committer-" + i);
      thread.setDaemon(true);
      committers.add(thread);
      thread.start();
    }
  }

  /**
   * Stores the events and their ledger entries atomically; returns once they are committed. The
   * records are made here, on the caller's thread, so a committer's transaction stays open only as
   * long as sending takes.
   *
   * @throws PublishFailedException when the broker did not commit them in time; if it was a timeout
   *     they may still be committed later, and a retry is then answered as duplicates
   */
  public void publish(List<MetricEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    Pending pending = new Pending(events, records(events), new CompletableFuture<>());
    queue.add(pending);
    try {
      pending.done().get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      giveUp(pending, new PublishFailedException("interrupted while waiting for the broker", e));
    } catch (ExecutionException e) {
      throw new PublishFailedException(describe(e.getCause()), e.getCause());
    } catch (java.util.concurrent.TimeoutException e) {
      giveUp(pending, new PublishFailedException("the broker did not commit within " + timeout, e));
    }
  }

  /**
   * Stops waiting — unless the committer answered in the meantime, whose answer then stands. A
   * commit that comes after is reported to the {@code committed} listener instead.
   */
  private void giveUp(Pending pending, PublishFailedException failure) {
    if (pending.done().completeExceptionally(failure)) {
      throw failure;
    }
    try {
      pending.done().join();
    } catch (java.util.concurrent.CompletionException e) {
      throw new PublishFailedException(describe(e.getCause()), e.getCause());
    }
  }

  private List<ProducerRecord<String, byte[]>> records(List<MetricEvent> events) {
    List<ProducerRecord<String, byte[]>> records = new ArrayList<>(events.size() + 1);
    for (MetricEvent event : events) {
      records.add(
          new ProducerRecord<>(
              Topics.METRIC_EVENTS.name(),
              null,
              event.acceptedAt() == null ? null : event.acceptedAt().toEpochMilli(),
              keys.apply(event),
              MetricEventJson.write(event)));
    }
    for (byte[] entry : LedgerEntries.of(clock.instant(), events, rememberUntil)) {
      ProducerRecord<String, byte[]> record =
          new ProducerRecord<>(Topics.ACCEPTED_IDS.name(), null, entry);
      record.headers().add(INSTANCE_HEADER, instanceBytes);
      records.add(record);
    }
    return records;
  }

  private String describe(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return "the broker did not store the events within " + timeout + ": " + message;
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    for (Thread thread : committers) {
      thread.join(timeout.toMillis() + 2000);
    }
  }

  private record Pending(
      List<MetricEvent> events,
      List<ProducerRecord<String, byte[]>> records,
      CompletableFuture<Void> done) {}

  /** One transactional producer and the loop that fills and commits its transactions. */
  private final class Committer {

    private final String transactionalId;
    private Producer<String, byte[]> producer;

    Committer(String transactionalId) {
      this.transactionalId = transactionalId;
    }

    void run() {
      try {
        while (running) {
          Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
          if (first != null) {
            commit(group(first));
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        discard();
      }
    }

    private List<Pending> group(Pending first) {
      List<Pending> group = new ArrayList<>();
      group.add(first);
      int events = first.events().size();
      Pending next;
      while (events < MOST_EVENTS_PER_TRANSACTION && (next = queue.poll()) != null) {
        group.add(next);
        events += next.events().size();
      }
      return group;
    }

    private void commit(List<Pending> group) {
      RuntimeException failure = attempt(group);
      if (failure instanceof KafkaException && !(failure instanceof TimeoutException)) {
        // The broker answered but refused the transaction (an epoch or state it no longer holds,
        // seen under heavy load): a fresh producer fences the old one and the same records are
        // tried once more before the requests are refused. Should the first have committed after
        // all, the processor drops the repeated events by id, so nothing is counted twice.
        log.warn(
            "A transaction of {} requests failed ({}); trying it once more with a fresh producer",
            group.size(),
            failure.getMessage());
        failure = attempt(group);
      }
      if (failure != null) {
        for (Pending pending : group) {
          pending.done().completeExceptionally(failure);
        }
        return;
      }
      for (Pending pending : group) {
        if (!pending.done().complete(null)) {
          committed.accept(pending.events());
        }
      }
    }

    /** One transaction of the group's records; the failure, or null once they are committed. */
    private RuntimeException attempt(List<Pending> group) {
      try {
        Producer<String, byte[]> open = producer();
        open.beginTransaction();
        for (Pending pending : group) {
          pending.records().forEach(open::send);
        }
        open.commitTransaction();
        return null;
      } catch (KafkaException e) {
        abandon(e);
        return e;
      } catch (RuntimeException e) {
        log.error("Unexpected failure storing the events of {} requests", group.size(), e);
        abandon(new KafkaException(e));
        return e;
      }
    }

    private Producer<String, byte[]> producer() {
      if (producer == null) {
        Producer<String, byte[]> made = producers.make(transactionalId);
        try {
          made.initTransactions();
        } catch (KafkaException e) {
          made.close(Duration.ZERO);
          throw e;
        }
        producer = made;
      }
      return producer;
    }

    /**
     * Aborts the failed transaction where the broker can still be asked to, then drops the
     * producer; the next transaction makes a fresh one, whose start fences anything still open.
     */
    private void abandon(KafkaException failure) {
      if (producer == null) {
        return;
      }
      if (!(failure instanceof TimeoutException)) {
        try {
          producer.abortTransaction();
        } catch (KafkaException e) {
          log.debug("Aborting {} failed: {}", transactionalId, e.getMessage());
        }
      }
      discard();
    }

    private void discard() {
      if (producer == null) {
        return;
      }
      try {
        producer.close(Duration.ZERO);
      } catch (KafkaException e) {
        log.debug("Closing a failed producer {}: {}", transactionalId, e.getMessage());
      }
      producer = null;
    }
  }
}
