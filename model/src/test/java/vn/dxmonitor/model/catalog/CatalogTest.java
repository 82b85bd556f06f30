package vn.dxmonitor.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.trajectory.Baseline;
import vn.dxmonitor.model.trajectory.Curve;
import vn.dxmonitor.model.trajectory.Trajectory;
import vn.dxmonitor.model.trajectory.TrajectoryPoint;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.unit.UnitLevel;
import vn.dxmonitor.model.unit.UnitRegistry;

class CatalogTest {

  private final Catalog catalog = BuiltInCatalog.create();
  private final UnitRegistry registry = BuiltInUnits.giaLai();
  private final UnitHistory units = UnitHistory.timeless(registry);
  private final Unit commune = registry.find("21583").orElseThrow();
  private final Unit province = registry.find("52").orElseThrow();

  @Test
  void theNearestDeadlineAheadGoverns() {
    Target in2025 =
        catalog
            .governingTarget(
                BuiltInCatalog.WORK_RECORDS_ONLINE, commune, units, LocalDate.of(2025, 6, 1))
            .orElseThrow();
    Target now =
        catalog
            .governingTarget(
                BuiltInCatalog.WORK_RECORDS_ONLINE, commune, units, LocalDate.of(2026, 11, 23))
            .orElseThrow();

    assertThat(in2025.deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(now.id()).isEqualTo("binh-dinh-nq-05-nq-tu/work-records-online/commune/2030");
    assertThat(now.value()).isEqualTo(70);
  }

  @Test
  void whenEveryDeadlineHasPassedTheLastOneGoverns() {
    Target closed =
        catalog
            .governingTarget(
                BuiltInCatalog.TTHC_DOSSIERS_ONLINE, province, units, LocalDate.of(2026, 11, 23))
            .orElseThrow();

    assertThat(closed.deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(closed.comparator()).isEqualTo(Comparator.MORE_THAN);
  }

  @Test
  void aLevelWithoutTargetsHasNone() {
    assertThat(
            catalog.governingTarget(
                BuiltInCatalog.TTHC_DOSSIERS_ONLINE, commune, units, LocalDate.of(2026, 1, 1)))
        .isEmpty();
  }

  @Test
  void earlierTargetsOfThePlanAreMilestonesOfTheTrajectory() {
    Target target2030 =
        catalog.targets().stream()
            .filter(t -> t.id().equals("binh-dinh-nq-05-nq-tu/work-records-online/province/2030"))
            .findFirst()
            .orElseThrow();

    Trajectory early = catalog.trajectory(target2030, new Baseline(LocalDate.of(2022, 1, 1), 40));
    Trajectory late = catalog.trajectory(target2030, new Baseline(LocalDate.of(2026, 11, 1), 20));

    assertThat(early.points())
        .containsExactly(
            new TrajectoryPoint(LocalDate.of(2022, 1, 1), 40),
            new TrajectoryPoint(LocalDate.of(2025, 12, 31), 90),
            new TrajectoryPoint(LocalDate.of(2030, 12, 31), 100));
    assertThat(late.points()).hasSize(2);
    assertThat(late.expectedAt(LocalDate.of(2026, 11, 23))).isBetween(90.0, 100.0);
  }

  @Test
  void anOverrideForOneUnitReplacesTheLevelDefaultForThatUnitOnly() {
    Target standard =
        catalog
            .governingTarget(
                BuiltInCatalog.WORK_RECORDS_ONLINE, commune, units, LocalDate.of(2026, 1, 1))
            .orElseThrow();
    Target lower =
        new Target(
            standard.id() + "/21583",
            standard.planId(),
            standard.indicatorId(),
            UnitLevel.COMMUNE,
            standard.comparator(),
            55,
            standard.deadline(),
            null,
            null,
            null,
            null,
            null,
            List.of(),
            Curve.LINEAR,
            null,
            Set.of("21583"));
    List<Target> targets = new ArrayList<>(catalog.targets());
    targets.add(lower);
    Catalog withOverride = new Catalog(catalog.indicators(), catalog.plans(), targets);
    Unit neighbour = registry.find("21589").orElseThrow();

    assertThat(
            withOverride.governingTarget(
                BuiltInCatalog.WORK_RECORDS_ONLINE, commune, units, LocalDate.of(2026, 1, 1)))
        .contains(lower);
    assertThat(
            withOverride.governingTarget(
                BuiltInCatalog.WORK_RECORDS_ONLINE, neighbour, units, LocalDate.of(2026, 1, 1)))
        .contains(standard);
  }

  @Test
  void aTargetsOwnBaselineMilestonesAndCurveShapeItsTrajectory() {
    Target target =
        new Target(
            "t",
            "a-plan-with-no-other-targets",
            BuiltInCatalog.WORK_RECORDS_ONLINE,
            UnitLevel.PROVINCE,
            Comparator.AT_LEAST,
            90,
            LocalDate.of(2027, 12, 31),
            null,
            null,
            null,
            null,
            new Baseline(LocalDate.of(2026, 1, 1), 30),
            List.of(new TrajectoryPoint(LocalDate.of(2026, 12, 31), 60)),
            Curve.STEP,
            5.0,
            Set.of());

    Trajectory trajectory = catalog.trajectory(target, new Baseline(LocalDate.of(2025, 1, 1), 0));

    assertThat(trajectory.points())
        .containsExactly(
            new TrajectoryPoint(LocalDate.of(2026, 1, 1), 30),
            new TrajectoryPoint(LocalDate.of(2026, 12, 31), 60),
            new TrajectoryPoint(LocalDate.of(2027, 12, 31), 90));
    assertThat(trajectory.curve()).isEqualTo(Curve.STEP);
  }
}
