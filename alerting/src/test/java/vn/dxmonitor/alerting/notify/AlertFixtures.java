package vn.dxmonitor.alerting.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dxmonitor.alerting.lifecycle.AlertActions;
import vn.dxmonitor.alerting.lifecycle.AlertMachine;
import vn.dxmonitor.alerting.lifecycle.Finding;
import vn.dxmonitor.alerting.lifecycle.Subject;
import vn.dxmonitor.alerting.lifecycle.Verdict;
import vn.dxmonitor.alerting.rule.RuleSettings;
import vn.dxmonitor.alerting.rule.Severity;
import vn.dxmonitor.model.alert.Alert;

/**
 * Alerts for the notification policies' tests, made by the alert lifecycle itself rather than
 * written field by field, so they are alerts the engine could have made.
 */
final class AlertFixtures {

  static final String PROVINCE = "52";
  static final String AN_LAO = "21609";
  static final String QUY_NHON = "21583";
  static final String RECORDS = "work-records-online";
  static final String BEHIND = "behind-trajectory";

  /** Fires at once, resolves at once: the timing is the policies', not the rules'. */
  private static final RuleSettings AT_ONCE =
      new RuleSettings(true, Severity.WARNING, Duration.ZERO, Duration.ZERO, null, null, false);

  private static final RuleSettings SLOW =
      new RuleSettings(
          true, Severity.WARNING, Duration.ofDays(1), Duration.ZERO, null, null, false);

  private AlertFixtures() {}

  /** A commune of the province, behind on the work-records indicator. */
  static Alert firing(String commune, Instant at) {
    return firing(BEHIND, RECORDS, 20.0, at, commune, PROVINCE);
  }

  /**
   * @param path the unit, then its ancestors, nearest first
   */
  static Alert firing(String rule, String indicator, double value, Instant at, String... path) {
    return evaluate(
        Optional.empty(), subject(rule, indicator, path), Verdict.HOLDS, value, AT_ONCE, at);
  }

  /** Holding, but not yet for its pending period. */
  static Alert pending(String rule, String indicator, Instant at, String... path) {
    return evaluate(
        Optional.empty(), subject(rule, indicator, path), Verdict.HOLDS, 20.0, SLOW, at);
  }

  static Alert resolved(Alert alert, Instant at) {
    return evaluate(Optional.of(alert), subjectOf(alert), Verdict.CLEARS, 95.0, AT_ONCE, at);
  }

  /** A resolved alert holding again: its next episode, firing. */
  static Alert refired(Alert alert, Instant at) {
    return evaluate(Optional.of(alert), subjectOf(alert), Verdict.HOLDS, 20.0, AT_ONCE, at);
  }

  /** A resolved alert holding again, its next episode not yet firing. */
  static Alert holdingAgain(Alert alert, Instant at) {
    return evaluate(Optional.of(alert), subjectOf(alert), Verdict.HOLDS, 20.0, SLOW, at);
  }

  /** The same alert with new figures and nothing else changed. */
  static Alert withValue(Alert alert, double value, Instant at) {
    return evaluate(Optional.of(alert), subjectOf(alert), Verdict.HOLDS, value, AT_ONCE, at);
  }

  static Alert acknowledged(Alert alert, Instant at) {
    return AlertActions.acknowledge(alert, "key:operator", null, at);
  }

  static Alert silenced(Alert alert, Instant at) {
    return AlertActions.silence(alert, List.of("s-maintenance"), at);
  }

  static Alert escalated(Alert alert, Instant at) {
    return AlertActions.escalate(alert, List.of("r-above"), at);
  }

  private static Alert evaluate(
      Optional<Alert> current,
      Subject subject,
      Verdict verdict,
      double value,
      RuleSettings settings,
      Instant at) {
    Finding finding =
        new Finding(verdict, null, value, 78.2, value - 78.2, null, 70.0, null, "behind");
    return AlertMachine.evaluate(current, subject, finding, settings, at)
        .orElseThrow(() -> new AssertionError("the lifecycle made no alert of " + subject));
  }

  private static Subject subject(String rule, String indicator, String... path) {
    List<String> units = new ArrayList<>(List.of(path));
    String unit = units.get(0);
    String level = units.size() == 1 ? "province" : "commune";
    return new Subject(
        rule,
        unit,
        "Đơn vị " + unit,
        level,
        units,
        units.get(units.size() - 1),
        indicator,
        "plan",
        "target");
  }

  /** The subject the alert was made from, as {@link #subject} makes it. */
  private static Subject subjectOf(Alert alert) {
    return subject(
        alert.rule(), alert.what().indicator(), alert.where().path().toArray(String[]::new));
  }
}
