package vn.dxmonitor.runtime.streams;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * How a Kafka Streams client of the platform recovers (see {@link StreamsSupervisor}) and when its
 * health gives up on it.
 *
 * @param maxThreadReplacements stream threads replaced within {@code replacementWindow} before the
 *     client is restarted whole instead
 * @param replacementWindow the span those replacements are counted over
 * @param initialBackoff the wait before restarting a client in {@code ERROR}, doubled after each
 *     restart that does not bring it back
 * @param maxBackoff the longest wait between restarts
 * @param livenessGrace how long a client may stay in {@code ERROR} (or down) before liveness says
 *     {@code DOWN}, so an orchestrator restarts the process
 * @param settle how long a client whose threads failed twice or more within {@code
 *     replacementWindow} must run without another failure before readiness says {@code UP} again: a
 *     thread that is replaced and fails again (a full state disk, a broken dependency) keeps the
 *     client running or rebalancing between failures, which alone would read as ready
 */
@ConfigurationProperties("dx.streams.recovery")
public record StreamsRecoveryProperties(
    @DefaultValue("10") int maxThreadReplacements,
    @DefaultValue("5m") Duration replacementWindow,
    @DefaultValue("1s") Duration initialBackoff,
    @DefaultValue("1m") Duration maxBackoff,
    @DefaultValue("5m") Duration livenessGrace,
    @DefaultValue("2m") Duration settle) {

  public StreamsRecoveryProperties {
    if (maxThreadReplacements < 0) {
      throw new InvalidConfigurationPropertyValueException(
          "dx.streams.recovery.max-thread-replacements",
          maxThreadReplacements,
          "must be 0 or more");
    }
    if (initialBackoff.isNegative() || initialBackoff.isZero()) {
      throw new InvalidConfigurationPropertyValueException(
          "dx.streams.recovery.initial-backoff", initialBackoff, "must be positive");
    }
    if (settle.isNegative()) {
      throw new InvalidConfigurationPropertyValueException(
          "dx.streams.recovery.settle", settle, "must be 0 or more");
    }
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new InvalidConfigurationPropertyValueException(
          "dx.streams.recovery.max-backoff",
          maxBackoff,
          "must not be shorter than dx.streams.recovery.initial-backoff (" + initialBackoff + ")");
    }
  }
}
