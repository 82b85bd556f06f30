package vn.dxmonitor.processor.topology;

import java.time.Clock;
import java.time.Duration;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.event.EventValidator;
import vn.dxmonitor.model.trajectory.StatusEvaluator;
import vn.dxmonitor.processor.check.DeadLetterCounter;

/**
 * Everything the topology is a function of, so a test drives the very topology the service runs.
 *
 * @param dedupRetention how long an event id is remembered; longer than any source retries
 * @param lateness how late an event may arrive and still correct the daily counts it belongs to
 * @param deadLetters counts what goes to the dead-letter topic, by reason
 */
public record TopologySettings(
    CatalogSource catalog,
    EventValidator validator,
    StatusEvaluator evaluator,
    Clock clock,
    Duration dedupRetention,
    Duration lateness,
    DeadLetterCounter deadLetters) {}
