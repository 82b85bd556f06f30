package vn.dxmonitor.alerting.rule;

import java.time.Duration;
import java.time.Period;
import vn.dxmonitor.model.scorecard.ScorePart;
import vn.dxmonitor.model.unit.UnitLevel;

/**
 * A checked entry of the rule configuration: its scope (null means any) and the settings it
 * overrides (null means as the less specific entries, or the rule's defaults, say).
 */
record RuleEntry(
    RuleKind kind,
    String plan,
    String indicator,
    UnitLevel level,
    Boolean enabled,
    Severity severity,
    Duration pendingFor,
    Duration resolveFor,
    Double threshold,
    Period window,
    Boolean neverReported) {

  boolean matches(RuleKind rule, String planId, String indicatorId, UnitLevel unitLevel) {
    return kind == rule
        && (plan == null || plan.equals(planId))
        && (indicator == null || ScorePart.selects(indicator, indicatorId))
        && (level == null || level == unitLevel);
  }

  /** How many scope fields the entry sets: the more, the later it applies and the more it wins. */
  int specificity() {
    return (plan == null ? 0 : 1) + (indicator == null ? 0 : 1) + (level == null ? 0 : 1);
  }

  RuleSettings applyTo(RuleSettings settings) {
    return new RuleSettings(
        enabled != null ? enabled : settings.enabled(),
        severity != null ? severity : settings.severity(),
        pendingFor != null ? pendingFor : settings.pendingFor(),
        resolveFor != null ? resolveFor : settings.resolveFor(),
        threshold != null ? threshold : settings.threshold(),
        window != null ? window : settings.window(),
        neverReported != null ? neverReported : settings.neverReported());
  }
}
