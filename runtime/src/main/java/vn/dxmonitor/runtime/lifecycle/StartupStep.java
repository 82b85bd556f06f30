package vn.dxmonitor.runtime.lifecycle;

import java.time.Duration;
import org.springframework.context.SmartLifecycle;

/**
 * A step that must finish before the service takes work — reading a topic to its end, making a key
 * — run as a lifecycle phase rather than at bean creation, because the topics are created only
 * after every bean exists. Steps run in phase order, all before Spring Kafka and the web server.
 */
public abstract class StartupStep implements SmartLifecycle {

  /** The catalog: first, since everything else reads it. */
  public static final int CATALOG = Integer.MIN_VALUE + 1000;

  /** What needs the catalog: keys, ledgers. */
  public static final int AFTER_CATALOG = Integer.MIN_VALUE + 1100;

  private final int phase;
  private volatile boolean done;
  private volatile boolean running;

  protected StartupStep(int phase) {
    this.phase = phase;
  }

  /** Does the step; returns only when it is done, throws when it cannot be. */
  protected abstract void run() throws InterruptedException;

  /**
   * Runs the step the first time only: a context that is stopped and started again — as the test
   * framework does with a cached context it pauses — must not read its topics twice.
   */
  @Override
  public final synchronized void start() {
    if (!done) {
      try {
        run();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while starting: " + this, e);
      }
      done = true;
    }
    running = true;
  }

  /** Fails the start-up when {@code done} is false, saying what did not finish in time. */
  protected static void require(boolean done, String what, Duration timeout) {
    if (!done) {
      throw new IllegalStateException(
          "could not " + what + " within " + timeout + "; is Kafka reachable?");
    }
  }

  @Override
  public final void stop() {
    running = false;
  }

  @Override
  public final boolean isRunning() {
    return running;
  }

  @Override
  public final int getPhase() {
    return phase;
  }
}
