package vn.dxmonitor.alerting.score;

import java.time.LocalDate;
import java.util.Locale;
import vn.dxmonitor.alerting.lifecycle.Finding;
import vn.dxmonitor.alerting.lifecycle.Verdict;
import vn.dxmonitor.alerting.rule.RuleSettings;
import vn.dxmonitor.model.scorecard.Figure;
import vn.dxmonitor.model.scorecard.GroupScore;
import vn.dxmonitor.model.scorecard.Points;
import vn.dxmonitor.model.scorecard.Score;
import vn.dxmonitor.model.trajectory.Projection;

/**
 * When the score rules hold: {@code score-below} on one group of a unit's score, {@code score-drop}
 * on its total. A figure in an alert is in points, rounded as the index board shows them.
 */
final class ScoreConditions {

  private ScoreConditions() {}

  /**
   * Holds while the group scores below {@code threshold} per cent of its maximum; unknown while
   * none of its sub-indicators has a figure, since "no base" everywhere is full points nobody
   * earned and "no data" everywhere is none nobody lost.
   */
  static Finding below(String unitName, Score score, GroupScore group, RuleSettings settings) {
    boolean measured =
        group.items().stream().anyMatch(item -> item.figure().basis() == Figure.Basis.MEASURED);
    if (!measured || settings.threshold() == null) {
      return Finding.unknown();
    }
    double max = group.group().maxPoints();
    double level = max * settings.threshold() / 100.0;
    double points = Points.round(group.points(), 2);
    boolean holds = points < Points.round(level, 2);
    return new Finding(
        holds ? Verdict.HOLDS : Verdict.CLEARS,
        null,
        points,
        Points.round(level, 2),
        Points.round(points - level, 2),
        null,
        max,
        null,
        String.format(
            Locale.ROOT,
            "%s — %s, nhóm %s: %s/%s điểm, dưới mức %s%% (%s điểm)",
            unitName,
            score.scorecard().nameVi(),
            group.group().nameVi(),
            number(points),
            number(max),
            number(settings.threshold()),
            number(level)));
  }

  /**
   * Holds while the total is more than {@code threshold} points below its best within {@code
   * window}; unknown for a unit not yet measured, and on a calendar card until its period is a
   * window old.
   */
  static Finding drop(
      String unitName, Score score, ScoreHistory history, LocalDate today, RuleSettings settings) {
    if (!score.measured() || settings.threshold() == null || settings.window() == null) {
      return Finding.unknown();
    }
    double now = Points.round(score.points(), 2);
    LocalDate since = today.minus(settings.window());
    if (score
        .scorecard()
        .window()
        .periodStart(today)
        .filter(start -> start.isAfter(since))
        .isPresent()) {
      // A calendar period's first days score last period's "no base" as full points, and the
      // fall from them as its counts come in is the period starting, not a drop: no verdict
      // until the period is a window old.
      return Finding.unknown();
    }
    double best = now;
    for (Projection.DailyValue day : history.since(since)) {
      best = Math.max(best, day.value());
    }
    double drop = Points.round(best - now, 2);
    return new Finding(
        drop > settings.threshold() ? Verdict.HOLDS : Verdict.CLEARS,
        null,
        now,
        best,
        -drop,
        null,
        score.scorecard().outOf(),
        null,
        String.format(
            Locale.ROOT,
            "%s — %s giảm %s điểm trong %s: từ %s xuống %s",
            unitName,
            score.scorecard().nameVi(),
            number(drop),
            settings.window(),
            number(best),
            number(now)));
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
