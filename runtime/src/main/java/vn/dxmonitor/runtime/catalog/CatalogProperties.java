package vn.dxmonitor.runtime.catalog;

import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import vn.dxmonitor.model.event.RevisionWindows;

/**
 * @param eventHorizon events that occurred before this instant are refused: older than any plan the
 *     catalog tracks
 * @param seed whether a service that finds the catalog topic without the seed plans' indicators,
 *     plans or any unit writes them there on start
 * @param startupTimeout how long a service waits on start to have read the whole catalog topic
 * @param revisionWindows how long after it happened an event may still be sent, revised or
 *     retracted, for indicators that do not set their own window; every service must be given the
 *     same
 */
@ConfigurationProperties("dx.catalog")
public record CatalogProperties(
    @DefaultValue("2020-01-01T00:00:00Z") Instant eventHorizon,
    @DefaultValue("true") boolean seed,
    @DefaultValue("60s") Duration startupTimeout,
    @DefaultValue Windows revisionWindows) {

  /**
   * @param live ratio-of-counts and counter events
   * @param monthly statistics reported monthly or more often
   * @param quarterly statistics reported quarterly
   * @param halfYearly statistics reported every half year
   * @param yearly statistics reported yearly
   */
  public record Windows(
      @DefaultValue("7d") Duration live,
      @DefaultValue("60d") Duration monthly,
      @DefaultValue("120d") Duration quarterly,
      @DefaultValue("200d") Duration halfYearly,
      @DefaultValue("400d") Duration yearly) {

    public Windows {
      requirePositive("live", live);
      requirePositive("monthly", monthly);
      requirePositive("quarterly", quarterly);
      requirePositive("half-yearly", halfYearly);
      requirePositive("yearly", yearly);
    }

    private static void requirePositive(String name, Duration window) {
      if (window == null || window.isNegative() || window.isZero()) {
        throw new InvalidConfigurationPropertyValueException(
            "dx.catalog.revision-windows." + name, window, "a revision window must be positive");
      }
    }

    public RevisionWindows rule() {
      return new RevisionWindows(live, monthly, quarterly, halfYearly, yearly);
    }
  }
}
