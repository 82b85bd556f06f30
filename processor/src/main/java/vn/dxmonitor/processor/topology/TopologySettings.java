package vn.dxmonitor.processor.topology;

import java.time.Clock;
import java.time.Duration;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.event.EventValidator;
import vn.dxmonitor.model.status.StatusJudge;
import vn.dxmonitor.processor.aggregate.Publishing;
import vn.dxmonitor.processor.aggregate.PunctuationTimer;
import vn.dxmonitor.processor.check.DeadLetterCounter;

/**
 * Everything the topology is a function of, so a test drives the very topology the service runs.
 *
 * @param judge how each value stands against its target, as every reader of it judges it
 * @param deadLetters counts what goes to the dead-letter topic, by reason
 * @param statusInterval how often every value is re-evaluated against the clock
 * @param publishing when the values that events changed are published
 * @param punctuations told how long each scheduled pass took
 */
public record TopologySettings(
    CatalogSource catalog,
    EventValidator validator,
    StatusJudge judge,
    Clock clock,
    DeadLetterCounter deadLetters,
    Duration statusInterval,
    Publishing publishing,
    PunctuationTimer punctuations) {}
