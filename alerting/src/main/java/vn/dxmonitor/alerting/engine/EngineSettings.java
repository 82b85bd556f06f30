package vn.dxmonitor.alerting.engine;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import vn.dxmonitor.alerting.evaluate.Evaluator;
import vn.dxmonitor.alerting.rule.RuleSet;

/**
 * Everything the alerting topology is a function of, so a test drives the very topology the service
 * runs.
 *
 * @param partitions partitions of the by-province repartition topic and of {@code
 *     dx.alert-commands}, which must match
 * @param tick how often timers are checked: pending periods, resolve periods
 * @param evaluationInterval how often every unit is judged again with no new value, so that a
 *     moving trajectory or silence alone changes alerts
 */
public record EngineSettings(
    Evaluator evaluator,
    Supplier<RuleSet> rules,
    Clock clock,
    int partitions,
    Duration tick,
    Duration evaluationInterval) {}
