package vn.dxmonitor.runtime.catalog.topic;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * How far the view has applied each partition of {@code dx.catalog}, so that a writer can wait to
 * read its own write back through the view.
 */
final class AppliedOffsets {

  private final Map<Integer, Long> applied = new HashMap<>();

  synchronized void mark(int partition, long offset) {
    if (applied.getOrDefault(partition, -1L) < offset) {
      applied.put(partition, offset);
      notifyAll();
    }
  }

  /** Waits until the record at {@code written} has been applied; false when the time ran out. */
  synchronized boolean await(RecordMetadata written, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (applied.getOrDefault(written.partition(), -1L) < written.offset()) {
      long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      if (left <= 0) {
        return false;
      }
      wait(left);
    }
    return true;
  }
}
