package vn.dxmonitor.runtime.catalog.topic;

import java.time.Clock;
import java.time.Duration;
import vn.dxmonitor.runtime.catalog.CatalogReader;
import vn.dxmonitor.runtime.lifecycle.StartupStep;

/**
 * Reads the whole catalog topic before anything that needs it starts — the stream processor,
 * listeners, the web server — and seeds what a fresh topic lacks. It runs as a lifecycle phase
 * rather than at bean creation because the topics are created only after every bean exists.
 */
public final class CatalogStartup extends StartupStep {

  private final CatalogView view;
  private final CatalogWriter writer;
  private final Clock clock;
  private final boolean seed;
  private final Duration timeout;

  public CatalogStartup(
      CatalogView view, CatalogWriter writer, Clock clock, boolean seed, Duration timeout) {
    super(CATALOG);
    this.view = view;
    this.writer = writer;
    this.clock = clock;
    this.seed = seed;
    this.timeout = timeout;
  }

  @Override
  protected void run() throws InterruptedException {
    view.start();
    require(view.awaitCaughtUp(timeout), "read the catalog topic", timeout);
    if (seed) {
      new CatalogSeeder(view, writer, clock).seedMissing(CatalogReader.seedDocument(), timeout);
    }
  }
}
