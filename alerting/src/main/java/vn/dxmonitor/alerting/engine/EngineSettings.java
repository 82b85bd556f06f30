package vn.dxmonitor.alerting.engine;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import vn.dxmonitor.alerting.evaluate.Evaluator;
import vn.dxmonitor.alerting.route.Routes;
import vn.dxmonitor.alerting.rule.RuleSet;
import vn.dxmonitor.alerting.score.ScoreJudge;
import vn.dxmonitor.alerting.silence.SilenceCheck;

/**
 * Everything the alerting topology is a function of, so a test drives the very topology the service
 * runs.
 *
 * @param routes the receivers and notification timing in force
 * @param silences which silences cover an alert
 * @param partitions partitions of the by-province repartition topic and of {@code
 *     dx.alert-commands}, which must match
 * @param tick how often timers are checked: pending and resolve periods, notification groups,
 *     escalations, silences starting and ending
 * @param evaluationInterval how often every unit is judged again with no new value, so that a
 *     moving trajectory or silence alone changes alerts
 * @param transitions told of each alert that changes state
 * @param skipped told of each record the engine passes over, unreadable or of no province
 * @param scores scores units on the scorecards in force and judges them by the score rules
 */
public record EngineSettings(
    Evaluator evaluator,
    ScoreJudge scores,
    Supplier<RuleSet> rules,
    Supplier<Routes> routes,
    SilenceCheck silences,
    Clock clock,
    int partitions,
    Duration tick,
    Duration evaluationInterval,
    Transitions transitions,
    SkippedRecords skipped) {}
