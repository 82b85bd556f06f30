package vn.dxmonitor.runtime.catalog;

import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param eventHorizon events that occurred before this instant are refused: older than any plan the
 *     catalog tracks
 * @param seed whether a service that finds the catalog topic without the seed plans' indicators,
 *     plans or any unit writes them there on start
 * @param startupTimeout how long a service waits on start to have read the whole catalog topic
 */
@ConfigurationProperties("dx.catalog")
public record CatalogProperties(
    @DefaultValue("2020-01-01T00:00:00Z") Instant eventHorizon,
    @DefaultValue("true") boolean seed,
    @DefaultValue("60s") Duration startupTimeout) {}
