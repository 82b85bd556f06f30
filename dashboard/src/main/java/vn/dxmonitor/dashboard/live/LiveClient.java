package vn.dxmonitor.dashboard.live;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One browser of the live stream, with the events waiting for it. Events are queued by whoever
 * publishes them and written by a sender thread, one client at a time, so a browser that reads
 * slowly delays only itself; one that lets more than its buffer pile up is let go.
 */
final class LiveClient {

  private final SseEmitter emitter;
  private final Predicate<String> visible;
  private final BooleanSupplier stillSignedIn;
  private final BlockingQueue<Set<DataWithMediaType>> waiting;
  private final AtomicBoolean sending = new AtomicBoolean();

  /**
   * @param visible the units whose values its viewer may receive
   * @param stillSignedIn whether its viewer still may receive anything
   */
  LiveClient(
      SseEmitter emitter, Predicate<String> visible, BooleanSupplier stillSignedIn, int buffer) {
    this.emitter = emitter;
    this.visible = visible;
    this.stillSignedIn = stillSignedIn;
    this.waiting = new ArrayBlockingQueue<>(buffer);
  }

  SseEmitter emitter() {
    return emitter;
  }

  boolean sees(String unit) {
    return visible.test(unit);
  }

  boolean stillSignedIn() {
    return stillSignedIn.getAsBoolean();
  }

  /**
   * Queues an event and makes sure a sender is on it.
   *
   * @return false when the buffer is full: the browser has fallen too far behind
   */
  boolean offer(Set<DataWithMediaType> event, Executor senders, Runnable onBroken) {
    if (!waiting.offer(event)) {
      return false;
    }
    schedule(senders, onBroken);
    return true;
  }

  private void schedule(Executor senders, Runnable onBroken) {
    if (sending.compareAndSet(false, true)) {
      senders.execute(() -> drain(senders, onBroken));
    }
  }

  private void drain(Executor senders, Runnable onBroken) {
    try {
      Set<DataWithMediaType> event;
      while ((event = waiting.poll()) != null) {
        emitter.send(event);
      }
    } catch (IOException | IllegalStateException e) {
      // The container reports the broken connection to the emitter itself; it only has to stop
      // receiving events.
      waiting.clear();
      onBroken.run();
    } finally {
      sending.set(false);
    }
    // An event queued after the loop saw the queue empty, but before the flag was cleared
    if (!waiting.isEmpty()) {
      schedule(senders, onBroken);
    }
  }
}
