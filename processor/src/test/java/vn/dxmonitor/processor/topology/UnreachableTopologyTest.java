package vn.dxmonitor.processor.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.catalog.BuiltInCatalog;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.Comparator;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.catalog.Pillar;
import vn.dxmonitor.model.catalog.Plan;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.unit.UnitLevel;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.processor.support.TopologyHarness;

/**
 * A ratio whose 30-day window cannot reach its target by a deadline nine days ahead is published
 * {@code UNREACHABLE}: the twenty days already counted that the window will still hold on the
 * deadline weigh too much.
 */
class UnreachableTopologyTest {

  private static final Instant START = Instant.parse("2026-11-03T03:00:00Z");
  private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 2);
  private static final String SPRINT = "records-sprint";
  private static final String HALF = "21583";
  private static final String NEARLY = "21609";

  private TopologyHarness topology;
  private int ids;

  @BeforeEach
  void start() {
    topology =
        new TopologyHarness(sprintCatalog(), UnitHistory.timeless(BuiltInUnits.giaLai()), START);
  }

  @AfterEach
  void stop() {
    topology.close();
  }

  @Test
  void aWindowThatCannotReachItsTargetByTheDeadlineIsPublishedUnreachable() {
    // 20 days, 2026-11-03 to 11-22: one commune at 50 %, the other at 88 %; today is 11-23
    for (int day = 0; day < 20; day++) {
      send(HALF, 5, 10);
      send(NEARLY, 22, 25);
      topology.advance(Duration.ofDays(1));
    }

    IndicatorValue half = topology.value(HALF, SPRINT);
    IndicatorValue nearly = topology.value(NEARLY, SPRINT);

    // 100 of 200 already in the deadline's window; ten days of 10, all online: 200 of 300 < 90 %
    assertThat(half.window().value()).isEqualTo(50.0);
    assertThat(half.standing().deadline()).isEqualTo(DEADLINE);
    assertThat(half.standing().status()).isEqualTo(Status.UNREACHABLE);
    // 440 of 500; ten days of 25, all online: 690 of 750 = 92 %, still within reach
    assertThat(nearly.window().value()).isEqualTo(88.0);
    assertThat(nearly.standing().status()).isIn(Status.ON_TRACK, Status.AT_RISK, Status.BEHIND);
  }

  private void send(String unit, long online, long records) {
    Instant at = topology.clock().instant().minus(Duration.ofHours(1));
    topology.send(MetricEvent.ratio("e-" + ids++, "test", unit, SPRINT, at, online, records));
  }

  /** The built-in catalog and a 30-day ratio a commune must bring to 90 % by 2026-12-02. */
  private static Catalog sprintCatalog() {
    Catalog builtIn = BuiltInCatalog.create();
    List<Indicator> indicators = new ArrayList<>(builtIn.indicators());
    indicators.add(Indicator.ratio(SPRINT, SPRINT, SPRINT, Pillar.DIGITAL_GOVERNMENT, 30));
    List<Plan> plans = new ArrayList<>(builtIn.plans());
    LocalDate planStart = LocalDate.of(2026, 10, 1);
    plans.add(new Plan("sprint", "Sprint", "gia-lai", "test", planStart, planStart, Set.of()));
    List<Target> targets = new ArrayList<>(builtIn.targets());
    targets.add(
        new Target(
            "sprint/" + SPRINT + "/commune/2026",
            "sprint",
            SPRINT,
            UnitLevel.COMMUNE,
            Comparator.AT_LEAST,
            90,
            DEADLINE,
            "q",
            null,
            null,
            null));
    return new Catalog(indicators, plans, targets);
  }
}
