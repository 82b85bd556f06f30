package vn.dxmonitor.ingest.dedup;

import java.time.Duration;
import org.springframework.context.SmartLifecycle;

/**
 * Reads the ledger of accepted ids before the web server takes requests, so a retry that arrives
 * just after a restart is still known for one.
 */
public final class LedgerStartup implements SmartLifecycle {

  /** After the catalog, before Spring Kafka and the web server. */
  private static final int PHASE = Integer.MIN_VALUE + 1200;

  private final AcceptedLedger ledger;
  private final Duration timeout;
  private volatile boolean running;

  public LedgerStartup(AcceptedLedger ledger, Duration timeout) {
    this.ledger = ledger;
    this.timeout = timeout;
  }

  @Override
  public void start() {
    ledger.start();
    try {
      if (!ledger.awaitCaughtUp(timeout)) {
        throw new IllegalStateException(
            "could not read the ledger of accepted event ids within " + timeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the ledger", e);
    }
    running = true;
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }
}
