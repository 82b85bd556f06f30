package vn.dxmonitor.processor.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.value.ValueKey;
import vn.dxmonitor.runtime.kafka.Topics;

/**
 * A steady stream of events straight onto {@code dx.metric-events}, of every kind: ratios and
 * counters, measurements and coverage reports sent out of order, and one event in twenty sent again
 * as a source system retries. Runs on its own thread until stopped. The communes are Gia Lai's.
 *
 * <p>Like a source system, it sends again what the broker did not acknowledge (a batch that expired
 * while a loaded machine kept the broker from answering): the same record, which the processor
 * counts once. Such a batch may still have been written, so the topic holds at least the
 * acknowledged sends and at most every send.
 */
final class EventLoad implements Runnable {

  private static final String[] RATIOS = {"work-records-online", "tthc-dossiers-online"};
  private static final String[] COUNTERS = {"smart-cities", "digital-tech-enterprises"};
  private static final String MEASUREMENT = "fiber-coverage-households";
  private static final String COVERAGE = "communes-digitally-transformed";
  private static final Duration SPREAD = Duration.ofDays(3);
  private static final Duration RESEND_FOR = Duration.ofMinutes(3);

  private final KafkaProducer<String, String> producer;
  private final List<String> communes;
  private final int eventsPerSecond;
  private final Random random = new Random(20251123);
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong acknowledged = new AtomicLong();
  private final AtomicLong resent = new AtomicLong();
  private final ConcurrentLinkedQueue<ProducerRecord<String, String>> unacknowledged =
      new ConcurrentLinkedQueue<>();
  private final List<ProducerRecord<String, String>> retryable = new ArrayList<>();
  private volatile Throwable lastSendFailure;
  private volatile Throwable loadFailure;

  EventLoad(KafkaProducer<String, String> producer, List<String> communes, int eventsPerSecond) {
    this.producer = producer;
    this.communes = List.copyOf(communes);
    this.eventsPerSecond = eventsPerSecond;
  }

  @Override
  public void run() {
    long sequence = 0;
    try {
      awaitLeaders();
      long started = System.nanoTime();
      while (running.get()) {
        ProducerRecord<String, String> record = unacknowledged.poll();
        if (record != null) {
          resent.incrementAndGet();
        } else if (!retryable.isEmpty() && random.nextInt(20) == 0) {
          record = retryable.get(random.nextInt(retryable.size()));
        } else {
          record = next(sequence++);
          if (retryable.size() < 1_000) {
            retryable.add(record);
          } else {
            retryable.set(random.nextInt(retryable.size()), record);
          }
        }
        send(record);
        long due = started + sent.incrementAndGet() * 1_000_000_000L / eventsPerSecond;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
      }
      producer.flush();
      sendAgainUntilAcknowledged();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      loadFailure = e;
    }
  }

  /** Sends nothing before every partition of the topic has a leader. */
  private void awaitLeaders() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (producer.partitionsFor(Topics.METRIC_EVENTS.name()).stream()
        .anyMatch(partition -> partition.leader() == null || partition.leader().isEmpty())) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(Topics.METRIC_EVENTS.name() + " has no leader after 1 min");
      }
      Thread.sleep(100);
    }
  }

  private void send(ProducerRecord<String, String> record) {
    producer.send(
        record,
        (metadata, e) -> {
          if (e == null) {
            acknowledged.incrementAndGet();
          } else {
            lastSendFailure = e;
            unacknowledged.add(record);
          }
        });
  }

  private void sendAgainUntilAcknowledged() {
    long deadline = System.nanoTime() + RESEND_FOR.toNanos();
    ProducerRecord<String, String> record;
    while (System.nanoTime() < deadline && (record = unacknowledged.poll()) != null) {
      resent.incrementAndGet();
      sent.incrementAndGet();
      send(record);
      if (unacknowledged.isEmpty()) {
        producer.flush();
      }
    }
  }

  private ProducerRecord<String, String> next(long sequence) {
    String unit = communes.get(random.nextInt(communes.size()));
    Instant at = Instant.now().minusSeconds(random.nextLong(SPREAD.toSeconds()) + 60);
    String head =
        String.format(
            Locale.ROOT,
            "{\"eventId\":\"kill-%d\",\"source\":\"load\",\"unit\":\"%s\",\"occurredAt\":\"%s\",",
            sequence,
            unit,
            at);
    int kind = random.nextInt(6);
    String indicator =
        switch (kind) {
          case 0, 1 -> RATIOS[random.nextInt(RATIOS.length)];
          case 2 -> COUNTERS[random.nextInt(COUNTERS.length)];
          case 3, 4 -> MEASUREMENT;
          default -> COVERAGE;
        };
    String figures =
        switch (kind) {
          case 0, 1 -> {
            int denominator = 1 + random.nextInt(3);
            yield String.format(
                Locale.ROOT,
                "\"numerator\":%d,\"denominator\":%d}",
                random.nextInt(denominator + 1),
                denominator);
          }
          case 2 -> String.format(Locale.ROOT, "\"count\":%d}", 1 + random.nextInt(3));
          case 3, 4 ->
              String.format(Locale.ROOT, "\"value\":%.2f}", random.nextInt(10_001) / 100.0);
          default -> String.format(Locale.ROOT, "\"compliant\":%b}", random.nextBoolean());
        };
    String body = "\"indicator\":\"" + indicator + "\"," + figures;
    // Half keyed as ingest keys (province|indicator), half by unit code as another producer might:
    // the processor moves those first, and both must count exactly once.
    String key = random.nextBoolean() ? unit : ValueKey.of(BuiltInUnits.GIA_LAI, indicator);
    return new ProducerRecord<>(Topics.METRIC_EVENTS.name(), key, head + body);
  }

  void stop() {
    running.set(false);
  }

  /** Every send, including those sent again after the broker did not acknowledge them. */
  long sent() {
    return sent.get();
  }

  long acknowledged() {
    return acknowledged.get();
  }

  /** Sends the broker never acknowledged, not even when sent again: none, when all went well. */
  int unacknowledged() {
    return unacknowledged.size();
  }

  /**
   * What happened to the sends: how many were sent again, and the last failure that made one
   * needed.
   */
  String account() {
    return String.format(
        Locale.ROOT,
        "%,d sent, %,d acknowledged, %,d sent again, %,d never acknowledged; last failure: %s",
        sent.get(),
        acknowledged.get(),
        resent.get(),
        unacknowledged.size(),
        lastSendFailure);
  }

  /** A failure of the load itself (not of a send, which is sent again), or null. */
  Throwable failure() {
    return loadFailure;
  }
}
