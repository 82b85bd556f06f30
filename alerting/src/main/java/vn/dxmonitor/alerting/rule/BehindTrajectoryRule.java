package vn.dxmonitor.alerting.rule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.trajectory.Assessment;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.model.trajectory.StatusEvaluator;
import vn.dxmonitor.model.value.IndicatorValue;

/**
 * {@code behind-trajectory}: the unit's value is more than the tolerance below what its target's
 * trajectory expects today. Evaluated here with the model's maths rather than trusting the status
 * the processor computed, so the rule holds at the alerting service's own clock.
 */
@Component
public class BehindTrajectoryRule {

  public static final String ID = "behind-trajectory";

  private final StatusEvaluator evaluator;
  private final CatalogSource catalog;
  private final Clock clock;

  public BehindTrajectoryRule(StatusEvaluator evaluator, CatalogSource catalog, Clock clock) {
    this.evaluator = evaluator;
    this.catalog = catalog;
    this.clock = clock;
  }

  /** The assessment behind the rule, when the value can be assessed at all. */
  public Optional<Assessment> assess(IndicatorValue value) {
    LocalDate today = VietnamTime.dateOf(clock.instant());
    return catalog
        .units()
        .at(today)
        .find(value.unit())
        .flatMap(
            unit ->
                evaluator.evaluate(
                    unit, value.indicator(), value.value(), value.baseline(), today));
  }

  public static boolean holds(Assessment assessment) {
    return assessment.status() == Status.BEHIND;
  }
}
