package vn.dxmonitor.alerting.evaluate;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.dxmonitor.alerting.lifecycle.Finding;
import vn.dxmonitor.alerting.lifecycle.Verdict;
import vn.dxmonitor.alerting.rule.RuleKind;
import vn.dxmonitor.alerting.rule.RuleSettings;
import vn.dxmonitor.model.calendar.ReportingCadence;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.quality.Flag;
import vn.dxmonitor.model.quality.FlagCode;
import vn.dxmonitor.model.quality.JumpRule;
import vn.dxmonitor.model.quality.PlausibilityCheck;
import vn.dxmonitor.model.reporting.DueFigure;
import vn.dxmonitor.model.reporting.DueState;
import vn.dxmonitor.model.status.Assessment;
import vn.dxmonitor.model.status.StatusJudge;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.trajectory.Projection;
import vn.dxmonitor.model.trajectory.Status;

/** Each rule's condition: what it says about a {@link Situation}, with the figures behind it. */
public final class RuleConditions {

  /** Why a no-data alert holds: the unit has never sent anything for the indicator. */
  public static final String NEVER_REPORTED = "never-reported";

  /** Why a no-data alert holds: the unit reported before, but not within the cadence. */
  public static final String STOPPED_REPORTING = "stopped-reporting";

  /** Not a no-data alert: the unit reports, and what it reports is zero activity. */
  public static final String ZERO_ACTIVITY = "reported-zero-activity";

  private RuleConditions() {}

  public static Finding find(RuleKind rule, Situation situation, RuleSettings settings) {
    return switch (rule) {
      case BEHIND_TRAJECTORY -> behindTrajectory(situation, settings);
      case PROJECTED_MISS -> projectedMiss(situation);
      case UNREACHABLE -> unreachable(situation);
      case NO_DATA -> noData(situation, settings);
      case REGRESSION -> regression(situation, settings);
      case MISSED -> missed(situation);
      case REPORT_OVERDUE -> reportOverdue(situation);
      case REPORT_DUE -> reportDue(situation, settings);
      case IMPLAUSIBLE_JUMP -> implausibleJump(situation);
      case SCORE_BELOW, SCORE_DROP ->
          throw new IllegalArgumentException(
              rule.id() + " judges a score, not one value: see ScoreConditions");
    };
  }

  private static Finding behindTrajectory(Situation situation, RuleSettings settings) {
    Assessment assessment = situation.assessment();
    Status status = assessment.status();
    if (assessment.gap() == null || status == Status.NO_DATA) {
      return Finding.unknown();
    }
    Verdict verdict;
    if (status == Status.ON_TRACK || status == Status.ACHIEVED || status == Status.MISSED) {
      verdict = Verdict.CLEARS;
    } else if (settings.threshold() != null) {
      verdict = assessment.gap() < -settings.threshold() ? Verdict.HOLDS : Verdict.NEUTRAL;
    } else {
      verdict = status == Status.BEHIND ? Verdict.HOLDS : Verdict.NEUTRAL;
    }
    return finding(
        verdict,
        null,
        situation,
        String.format(
            Locale.ROOT,
            "%s thấp hơn lộ trình: %s so với %s kỳ vọng (chỉ tiêu %s %s trước %s)",
            name(situation),
            number(situation.value().window().value()),
            number(assessment.expected()),
            assessment.target().comparator().symbol(),
            number(assessment.target().value()),
            assessment.target().deadline()));
  }

  private static Finding projectedMiss(Situation situation) {
    Assessment assessment = situation.assessment();
    Target target = assessment.target();
    if (situation.today().isAfter(target.deadline()) || assessment.status() == Status.ACHIEVED) {
      return finding(Verdict.CLEARS, null, situation, null);
    }
    if (assessment.projected() == null) {
      return Finding.unknown();
    }
    Verdict verdict = target.isMetBy(assessment.projected()) ? Verdict.CLEARS : Verdict.HOLDS;
    return finding(
        verdict,
        null,
        situation,
        String.format(
            Locale.ROOT,
            "%s: theo xu hướng gần đây đạt %s vào %s, không đạt chỉ tiêu %s %s",
            name(situation),
            number(assessment.projected()),
            target.deadline(),
            target.comparator().symbol(),
            number(target.value())));
  }

  private static Finding unreachable(Situation situation) {
    Status status = situation.assessment().status();
    Target target = situation.assessment().target();
    return finding(
        status == Status.UNREACHABLE ? Verdict.HOLDS : Verdict.CLEARS,
        null,
        situation,
        String.format(
            Locale.ROOT,
            "%s: không còn đạt được chỉ tiêu %s %s vào %s, dù từ nay đạt kết quả tốt nhất"
                + " (hiện %s)",
            name(situation),
            target.comparator().symbol(),
            number(target.value()),
            target.deadline(),
            number(situation.value().window().value())));
  }

  private static Finding noData(Situation situation, RuleSettings settings) {
    var lastEventAt = situation.value().activity().lastEventAt();
    if (lastEventAt == null) {
      return settings.neverReported()
          ? finding(
              Verdict.HOLDS, NEVER_REPORTED, situation, name(situation) + ": chưa từng báo cáo")
          : finding(Verdict.CLEARS, NEVER_REPORTED, situation, null);
    }
    LocalDate last = VietnamTime.dateOf(lastEventAt);
    if (StatusJudge.isSilent(
        lastEventAt, situation.indicator().cadence(), situation.today(), situation.workingDays())) {
      return finding(
          Verdict.HOLDS,
          STOPPED_REPORTING,
          situation,
          String.format(
              Locale.ROOT,
              "%s: không báo cáo từ %s (chu kỳ %s)",
              name(situation),
              last,
              situation.indicator().cadence()));
    }
    boolean zero =
        situation.value().window().value() == null || situation.value().window().value() == 0;
    return finding(Verdict.CLEARS, zero ? ZERO_ACTIVITY : null, situation, null);
  }

  private static Finding regression(Situation situation, RuleSettings settings) {
    Double now = situation.value().window().value();
    if (now == null || settings.threshold() == null || settings.window() == null) {
      return Finding.unknown();
    }
    boolean higherIsBetter = situation.assessment().target().comparator().higherIsBetter();
    LocalDate since = situation.today().minus(settings.window());
    double best = now;
    for (Projection.DailyValue point : situation.observation().since(since)) {
      best = higherIsBetter ? Math.max(best, point.value()) : Math.min(best, point.value());
    }
    double drop = higherIsBetter ? best - now : now - best;
    return finding(
        drop > settings.threshold() ? Verdict.HOLDS : Verdict.CLEARS,
        null,
        situation,
        String.format(
            Locale.ROOT,
            "%s giảm %s điểm trong %s: từ %s xuống %s",
            name(situation),
            number(drop),
            settings.window(),
            number(best),
            number(now)));
  }

  private static Finding missed(Situation situation) {
    Assessment assessment = situation.assessment();
    Target target = assessment.target();
    Verdict verdict;
    if (assessment.status() == Status.MISSED) {
      verdict = Verdict.HOLDS;
    } else if (assessment.status() == Status.ACHIEVED
        || !situation.today().isAfter(target.deadline())) {
      verdict = Verdict.CLEARS;
    } else {
      return Finding.unknown();
    }
    return finding(
        verdict,
        null,
        situation,
        String.format(
            Locale.ROOT,
            "%s không đạt chỉ tiêu %s %s đến hạn %s: đạt %s",
            name(situation),
            target.comparator().symbol(),
            number(target.value()),
            target.deadline(),
            number(situation.value().window().value())));
  }

  private static Finding reportOverdue(Situation situation) {
    if (situation.duties().lastPassed().isEmpty()) {
      return finding(Verdict.CLEARS, null, situation, null);
    }
    DueFigure due = situation.duties().lastPassed().get();
    return finding(
        state(due, situation) == DueState.OVERDUE ? Verdict.HOLDS : Verdict.CLEARS,
        due.period().id(),
        situation,
        String.format(
            Locale.ROOT,
            "%s: chưa nhận số liệu %s, hạn nộp %s",
            name(situation),
            due.period().labelVi(),
            due.deadline()));
  }

  private static Finding reportDue(Situation situation, RuleSettings settings) {
    if (situation.duties().next().isEmpty() || settings.window() == null) {
      return finding(Verdict.CLEARS, null, situation, null);
    }
    DueFigure due = situation.duties().next().get();
    LocalDate remindFrom =
        situation.workingDays().workingDaysBefore(due.deadline(), settings.window().getDays());
    boolean holds =
        state(due, situation) == DueState.DUE && !situation.today().isBefore(remindFrom);
    return finding(
        holds ? Verdict.HOLDS : Verdict.CLEARS,
        due.period().id(),
        situation,
        String.format(
            Locale.ROOT,
            "%s: sắp đến hạn nộp số liệu %s, hạn %s",
            name(situation),
            due.period().labelVi(),
            due.deadline()));
  }

  private static DueState state(DueFigure due, Situation situation) {
    var lastEventAt = situation.value().activity().lastEventAt();
    return due.stateOn(
        situation.today(), lastEventAt == null ? null : VietnamTime.dateOf(lastEventAt));
  }

  private static Finding implausibleJump(Situation situation) {
    List<Double> reports = situation.observation().reports();
    if (ReportingCadence.of(situation.indicator().cadence()).isEmpty() || reports.isEmpty()) {
      return finding(Verdict.CLEARS, null, situation, null);
    }
    double figure = reports.get(reports.size() - 1);
    Optional<Flag> jump =
        PlausibilityCheck.check(
                figure,
                reports.subList(0, reports.size() - 1),
                List.of(),
                JumpRule.forKind(situation.indicator().kind()))
            .stream()
            .filter(flag -> flag.code() == FlagCode.IMPLAUSIBLE_JUMP)
            .findFirst();
    return finding(
        jump.isPresent() ? Verdict.HOLDS : Verdict.CLEARS,
        FlagCode.IMPLAUSIBLE_JUMP.id(),
        situation,
        jump.map(
                flag ->
                    String.format(
                        Locale.ROOT,
                        "%s: số liệu bất thường, %s sau %s (mức thay đổi lệch %.1f so với %d lần"
                            + " thay đổi trước, ngưỡng %.1f)",
                        name(situation),
                        number(figure),
                        number(reports.get(reports.size() - 2)),
                        flag.score(),
                        reports.size() - 2,
                        JumpRule.forKind(situation.indicator().kind()).zLimit()))
            .orElse(null));
  }

  private static Finding finding(
      Verdict verdict, String reason, Situation situation, String summary) {
    Assessment assessment = situation.assessment();
    return new Finding(
        verdict,
        reason,
        situation.value().window().value(),
        assessment.expected(),
        assessment.gap(),
        assessment.projected(),
        assessment.target().value(),
        assessment.target().deadline(),
        summary);
  }

  private static String name(Situation situation) {
    String unit =
        situation.value().where().unitName() != null
            ? situation.value().where().unitName()
            : situation.value().where().unit();
    return unit + " — " + situation.indicator().nameVi();
  }

  private static String number(Double value) {
    return value == null ? "—" : String.format(Locale.ROOT, "%.1f", value);
  }
}
