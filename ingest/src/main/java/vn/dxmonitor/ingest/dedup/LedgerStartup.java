package vn.dxmonitor.ingest.dedup;

import java.time.Duration;
import vn.dxmonitor.runtime.lifecycle.StartupStep;

/**
 * Reads the ledger of accepted ids before the web server takes requests, so a retry that arrives
 * just after a restart is still known for one.
 */
public final class LedgerStartup extends StartupStep {

  private final AcceptedLedger ledger;
  private final Duration timeout;

  public LedgerStartup(AcceptedLedger ledger, Duration timeout) {
    super(AFTER_CATALOG);
    this.ledger = ledger;
    this.timeout = timeout;
  }

  @Override
  protected void run() throws InterruptedException {
    ledger.start();
    require(ledger.awaitCaughtUp(timeout), "read the ledger of accepted event ids", timeout);
  }
}
