package vn.dxmonitor.runtime.catalog.topic;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.SmartLifecycle;
import vn.dxmonitor.runtime.catalog.CatalogReader;

/**
 * Reads the whole catalog topic before anything that needs it starts — the stream processor,
 * listeners, the web server — and seeds what a fresh topic lacks. It runs as a lifecycle phase
 * rather than at bean creation because the topics are created only after every bean exists.
 */
public final class CatalogStartup implements SmartLifecycle {

  /** Before every lifecycle Spring Kafka and the web server run. */
  private static final int PHASE = Integer.MIN_VALUE + 1000;

  private final CatalogView view;
  private final CatalogWriter writer;
  private final Clock clock;
  private final boolean seed;
  private final Duration timeout;
  private volatile boolean running;

  public CatalogStartup(
      CatalogView view, CatalogWriter writer, Clock clock, boolean seed, Duration timeout) {
    this.view = view;
    this.writer = writer;
    this.clock = clock;
    this.seed = seed;
    this.timeout = timeout;
  }

  @Override
  public void start() {
    view.start();
    try {
      if (!view.awaitCaughtUp(timeout)) {
        throw new IllegalStateException(
            "could not read the catalog topic within "
                + timeout
                + "; is Kafka reachable (spring.kafka.bootstrap-servers)?");
      }
      if (seed) {
        new CatalogSeeder(view, writer, clock).seedMissing(CatalogReader.seedDocument(), timeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the catalog", e);
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
