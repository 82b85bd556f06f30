package vn.dxmonitor.dashboard.settings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.validation.annotation.Validated;

/**
 * How the dashboard serves its readers.
 *
 * @param streamTimeout how long one SSE connection is held open; the browser's EventSource
 *     reconnects by itself when it ends
 * @param heartbeat how often idle SSE connections get a comment, so that a client that went away is
 *     noticed (a write fails) and its emitter released
 * @param pageAlerts how many firing alerts the page lists
 * @param streamBuffer how many events may wait for one browser of the live stream; a browser that
 *     falls further behind is disconnected (it reconnects and reads the page afresh) rather than
 *     hold back the others
 */
@Validated
@ConfigurationProperties("dx.dashboard")
public record DashboardProperties(
    @DefaultValue("30m") @NotNull Duration streamTimeout,
    @DefaultValue("15s") @NotNull Duration heartbeat,
    @DefaultValue("20") @Min(0) @Max(10_000) int pageAlerts,
    @DefaultValue("1000") @Min(1) @Max(1_000_000) int streamBuffer) {

  public DashboardProperties {
    requirePositive("dx.dashboard.stream-timeout", streamTimeout);
    requirePositive("dx.dashboard.heartbeat", heartbeat);
  }

  private static void requirePositive(String name, Duration value) {
    if (value != null && (value.isNegative() || value.isZero())) {
      throw new InvalidConfigurationPropertyValueException(
          name, value, "must be a positive duration, but was " + value);
    }
  }
}
