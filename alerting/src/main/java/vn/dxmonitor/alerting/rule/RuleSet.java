package vn.dxmonitor.alerting.rule;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.dxmonitor.model.unit.UnitLevel;

/**
 * The rule configuration in force: for a rule, plan, indicator and unit level, the rule's defaults
 * overridden by every matching entry, least specific first, so that a level-wide entry can be
 * refined for one plan and indicator. Entries of equal specificity apply in the order written.
 */
public final class RuleSet {

  private static final RuleSet DEFAULTS = new RuleSet(List.of());

  private final List<RuleEntry> entries;

  RuleSet(List<RuleEntry> entries) {
    this.entries =
        entries.stream().sorted(Comparator.comparingInt(RuleEntry::specificity)).toList();
  }

  /** The rules about figures the units report themselves. */
  public static final Set<RuleKind> REPORT_RULES =
      EnumSet.of(RuleKind.REPORT_DUE, RuleKind.REPORT_OVERDUE);

  /** Every rule with its defaults. */
  public static RuleSet defaults() {
    return DEFAULTS;
  }

  /**
   * Whether any plan, indicator or level has {@code no-data} alert on units that never reported, so
   * that the engine looks for them at all.
   */
  public boolean mayAlertOnNeverReported() {
    return RuleKind.NO_DATA.defaults().neverReported()
        || entries.stream()
            .anyMatch(
                entry ->
                    entry.kind() == RuleKind.NO_DATA && Boolean.TRUE.equals(entry.neverReported()));
  }

  /**
   * Whether {@code report-due} or {@code report-overdue} may hold anywhere, so that the engine
   * looks for units that owe a figure and never sent one.
   */
  public boolean mayAlertOnReports() {
    return REPORT_RULES.stream()
        .anyMatch(
            rule ->
                rule.defaults().enabled()
                    || entries.stream()
                        .anyMatch(
                            entry -> entry.kind() == rule && Boolean.TRUE.equals(entry.enabled())));
  }

  public RuleSettings settingsFor(
      RuleKind rule, String planId, String indicatorId, UnitLevel level) {
    RuleSettings settings = rule.defaults();
    for (RuleEntry entry : entries) {
      if (entry.matches(rule, planId, indicatorId, level)) {
        settings = entry.applyTo(settings);
      }
    }
    return settings;
  }
}
