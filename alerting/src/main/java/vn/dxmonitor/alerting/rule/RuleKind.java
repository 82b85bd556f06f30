package vn.dxmonitor.alerting.rule;

import java.time.Duration;
import java.time.Period;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The rules an alert can come from, each with the settings it has when the rule configuration says
 * nothing more specific.
 */
public enum RuleKind {
  /** The unit is behind its trajectory (status BEHIND, or its gap below a threshold). */
  BEHIND_TRAJECTORY(
      "behind-trajectory",
      new RuleSettings(
          true,
          Severity.WARNING,
          Duration.ofMinutes(15),
          Duration.ofMinutes(30),
          null,
          null,
          false)),
  /** The trend of the recent days, carried to the deadline, fails the target. */
  PROJECTED_MISS(
      "projected-miss",
      new RuleSettings(
          true, Severity.WARNING, Duration.ofHours(1), Duration.ofHours(1), null, null, false)),
  /**
   * The processor judged the value {@code UNREACHABLE}: a ratio's window cannot meet the target on
   * the deadline even if every event from now on succeeds.
   */
  UNREACHABLE(
      "unreachable",
      new RuleSettings(true, Severity.CRITICAL, Duration.ZERO, Duration.ZERO, null, null, false)),
  /**
   * A unit expected to report has not reported within the indicator's cadence. Pending for an hour
   * by default: while a backlog or a back-fill is replayed, a unit's last event is old for a while
   * and then recent again, which must not raise and resolve an alert each time.
   */
  NO_DATA(
      "no-data",
      new RuleSettings(
          true, Severity.WARNING, Duration.ofHours(1), Duration.ZERO, null, null, false)),
  /** The value dropped by more than the threshold (percentage points) within the window. */
  REGRESSION(
      "regression",
      new RuleSettings(
          true,
          Severity.WARNING,
          Duration.ZERO,
          Duration.ofHours(1),
          10.0,
          Period.ofDays(7),
          false)),
  /** The deadline passed without the target being met. */
  MISSED(
      "missed",
      new RuleSettings(true, Severity.CRITICAL, Duration.ZERO, Duration.ZERO, null, null, false)),
  /**
   * A figure the unit reports itself (monthly to yearly) was not received by its deadline in the
   * reporting calendar, which already moved past weekends, Tết and the other public holidays.
   */
  REPORT_OVERDUE(
      "report-overdue",
      new RuleSettings(true, Severity.WARNING, Duration.ZERO, Duration.ZERO, null, null, false)),
  /**
   * A reminder: a figure the unit reports itself is due within {@code window} working days (5 by
   * default) and has not come; it ends when the figure comes, and {@code report-overdue} takes over
   * after the deadline. Working days, so a deadline just after Tết is reminded before it.
   */
  REPORT_DUE(
      "report-due",
      new RuleSettings(
          true, Severity.INFO, Duration.ZERO, Duration.ZERO, null, Period.ofDays(5), false)),
  /**
   * A reported figure (monthly to yearly) that came straight in, unverified, moved from the unit's
   * last report far more than its reports ever move ({@link
   * vn.dxmonitor.model.quality.PlausibilityCheck}); it still counts, and this asks a person to
   * look.
   */
  IMPLAUSIBLE_JUMP(
      "implausible-jump",
      new RuleSettings(true, Severity.WARNING, Duration.ZERO, Duration.ZERO, null, null, false)),
  /**
   * A group of an official index's scorecard (the 766 index's progress, say) scores below {@code
   * threshold} per cent of its maximum points. Pending an hour by default: a unit's score moves
   * with every dossier, and one bad morning is not yet a trend.
   */
  SCORE_BELOW(
      "score-below",
      new RuleSettings(
          true, Severity.WARNING, Duration.ofHours(1), Duration.ofHours(1), 80.0, null, false)),
  /**
   * A unit's total score on a scorecard fell more than {@code threshold} points below its best
   * within {@code window}.
   */
  SCORE_DROP(
      "score-drop",
      new RuleSettings(
          true,
          Severity.WARNING,
          Duration.ZERO,
          Duration.ofHours(1),
          5.0,
          Period.ofDays(7),
          false));

  /** The rules that judge a unit's score on a scorecard rather than one indicator's value. */
  public static final Set<RuleKind> SCORE_RULES = EnumSet.of(SCORE_BELOW, SCORE_DROP);

  /** The rules that judge one indicator's value against the target that governs it. */
  public static final Set<RuleKind> VALUE_RULES =
      EnumSet.complementOf(EnumSet.of(SCORE_BELOW, SCORE_DROP));

  private final String id;
  private final RuleSettings defaults;

  RuleKind(String id, RuleSettings defaults) {
    this.id = id;
    this.defaults = defaults;
  }

  public String id() {
    return id;
  }

  public RuleSettings defaults() {
    return defaults;
  }

  /**
   * Whether an alert of the rule goes up the unit tree when nobody acknowledges it. A reminder does
   * not: it asks the unit's own reporters, and once its deadline passes {@code report-overdue}
   * takes over and escalates.
   */
  public boolean escalates() {
    return this != REPORT_DUE;
  }

  /** Whether {@code rule} escalates; an unknown rule does, so that nothing is quietly dropped. */
  public static boolean escalates(String rule) {
    return fromId(rule).map(RuleKind::escalates).orElse(true);
  }

  public static Optional<RuleKind> fromId(String id) {
    return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
  }
}
