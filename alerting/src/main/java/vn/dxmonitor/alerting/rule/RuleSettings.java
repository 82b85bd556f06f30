package vn.dxmonitor.alerting.rule;

import java.time.Duration;
import java.time.Period;

/**
 * How one rule behaves for one plan, indicator and unit level, once the configuration has been
 * resolved.
 *
 * @param pendingFor how long the rule must hold before the alert fires
 * @param resolveFor how long a firing alert's unit must be back on track before it resolves
 * @param threshold behind-trajectory: fire on a gap below minus this many points instead of on
 *     status BEHIND; regression: the drop, in points, that counts; null where unused
 * @param window regression: how far back the drop is measured
 * @param neverReported no-data: also alert on units that have never reported (off by default, or a
 *     new deployment would alert on every unit at once)
 */
public record RuleSettings(
    boolean enabled,
    Severity severity,
    Duration pendingFor,
    Duration resolveFor,
    Double threshold,
    Period window,
    boolean neverReported) {

  /** A rule switched off: whatever it raised resolves at once. */
  public static RuleSettings disabled(Severity severity) {
    return new RuleSettings(false, severity, Duration.ZERO, Duration.ZERO, null, null, false);
  }
}
