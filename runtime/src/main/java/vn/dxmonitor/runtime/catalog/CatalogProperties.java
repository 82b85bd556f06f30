package vn.dxmonitor.runtime.catalog;

import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param eventHorizon events that occurred before this instant are refused: older than any plan the
 *     catalog tracks
 */
@ConfigurationProperties("dx.catalog")
public record CatalogProperties(@DefaultValue("2020-01-01T00:00:00Z") Instant eventHorizon) {}
