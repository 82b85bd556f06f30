package vn.dxmonitor.ingest.availability;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * How ingest watches the broker ({@link BrokerCircuit}).
 *
 * @param interval how often the broker is asked for its nodes
 * @param timeout how long one probe waits for an answer
 * @param failures unanswered probes in a row that make the broker away
 */
@ConfigurationProperties("dx.ingest.broker-probe")
public record BrokerProbeProperties(
    @DefaultValue("2s") Duration interval,
    @DefaultValue("1s") Duration timeout,
    @DefaultValue("2") int failures) {

  public BrokerProbeProperties {
    if (interval.isNegative() || interval.isZero()) {
      throw new InvalidConfigurationPropertyValueException(
          "dx.ingest.broker-probe.interval", interval, "must be positive");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new InvalidConfigurationPropertyValueException(
          "dx.ingest.broker-probe.timeout", timeout, "must be positive");
    }
    if (failures < 1) {
      throw new InvalidConfigurationPropertyValueException(
          "dx.ingest.broker-probe.failures", failures, "must be at least 1");
    }
  }
}
