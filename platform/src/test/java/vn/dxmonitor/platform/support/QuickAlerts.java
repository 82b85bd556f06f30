package vn.dxmonitor.platform.support;

import vn.dxmonitor.alerting.rule.AlertRules;
import vn.dxmonitor.alerting.rule.RuleSetReader;

/** Alert rules for tests that need an alert to fire within seconds, not minutes. */
public final class QuickAlerts {

  private QuickAlerts() {}

  /** A unit behind its trajectory fires after one second instead of the shipped 15 minutes. */
  public static void behindFiresAfterOneSecond(AlertRules rules) {
    rules.replace(
        RuleSetReader.parse(
            """
            rules:
              - rule: behind-trajectory
                pendingFor: PT1S
            """),
        "test");
  }
}
