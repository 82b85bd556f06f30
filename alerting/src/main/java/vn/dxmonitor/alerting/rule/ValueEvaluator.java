package vn.dxmonitor.alerting.rule;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.dxmonitor.alerting.lifecycle.AlertLifecycle;
import vn.dxmonitor.alerting.store.AlertStore;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.trajectory.Assessment;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.runtime.kafka.IndicatorValuesListenerConfiguration;
import vn.dxmonitor.runtime.kafka.LatestValues;

/**
 * Evaluates every new indicator value against the rules and stores what changed. Offsets are
 * committed after the batch, so a crash re-evaluates rather than skips; re-evaluation is harmless
 * because alert ids are deterministic.
 */
@Component
public class ValueEvaluator {

  private static final Logger log = LoggerFactory.getLogger(ValueEvaluator.class);

  private final BehindTrajectoryRule behindTrajectory;
  private final AlertStore store;
  private final Clock clock;

  public ValueEvaluator(BehindTrajectoryRule behindTrajectory, AlertStore store, Clock clock) {
    this.behindTrajectory = behindTrajectory;
    this.store = store;
    this.clock = clock;
  }

  @KafkaListener(
      id = "dx-alerting",
      groupId = "${dx.alerting.group:dx-alerting}",
      topics = "dx.indicator-values",
      containerFactory = IndicatorValuesListenerConfiguration.FACTORY)
  public void evaluate(List<ConsumerRecord<String, IndicatorValue>> records) {
    LatestValues.of(records).values().stream()
        .filter(java.util.Objects::nonNull)
        .forEach(this::evaluate);
  }

  void evaluate(IndicatorValue value) {
    Optional<Assessment> assessment = behindTrajectory.assess(value);
    if (assessment.isEmpty()) {
      return;
    }
    String id = Alert.idOf(BehindTrajectoryRule.ID, value.unit(), value.indicator());
    Optional<Alert> current = store.find(id);
    Optional<Alert> next =
        AlertLifecycle.next(
            BehindTrajectoryRule.ID,
            current,
            value,
            assessment.get(),
            BehindTrajectoryRule.holds(assessment.get()),
            clock.instant());
    next.ifPresent(
        alert -> {
          store.save(alert);
          if (current.map(Alert::state).orElse(null) != alert.state()) {
            log.info("Alert {} is {}: {}", alert.id(), alert.state(), alert.summary());
          }
        });
  }
}
