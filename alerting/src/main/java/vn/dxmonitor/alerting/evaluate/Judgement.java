package vn.dxmonitor.alerting.evaluate;

import vn.dxmonitor.alerting.lifecycle.Finding;
import vn.dxmonitor.alerting.lifecycle.Subject;
import vn.dxmonitor.alerting.rule.RuleSettings;

/** One rule's verdict on one unit, indicator and plan, with the settings it applies under. */
public record Judgement(Subject subject, Finding finding, RuleSettings settings) {}
