package vn.dxmonitor.alerting;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param applicationId the Kafka Streams application id: instances with the same id share the
 *     provinces between them
 * @param stateDir where the engine keeps its state stores
 * @param tick how often the timers of active alerts are checked (pending and resolve periods)
 * @param evaluationInterval how often every unit is judged again with no new value
 * @param indexing whether this process keeps {@code dx-alerts} equal to {@code dx.alerts}
 * @param commandTimeout how long an operator's action may take to be applied and read back
 */
@ConfigurationProperties("dx.alerting")
public record AlertingProperties(
    @DefaultValue("dx-alerting") String applicationId,
    String stateDir,
    @DefaultValue("1s") Duration tick,
    @DefaultValue("30s") Duration evaluationInterval,
    @DefaultValue("true") boolean indexing,
    @DefaultValue("10s") Duration commandTimeout) {

  public AlertingProperties {
    requirePositive(tick, "dx.alerting.tick");
    requirePositive(evaluationInterval, "dx.alerting.evaluation-interval");
    requirePositive(commandTimeout, "dx.alerting.command-timeout");
    if (stateDir == null || stateDir.isBlank()) {
      stateDir = System.getProperty("java.io.tmpdir") + "/dx-alerting";
    }
  }

  private static void requirePositive(Duration duration, String property) {
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(
          property + " must be longer than zero, but was " + duration);
    }
  }
}
