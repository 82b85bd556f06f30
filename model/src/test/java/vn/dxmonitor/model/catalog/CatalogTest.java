package vn.dxmonitor.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.trajectory.Baseline;
import vn.dxmonitor.model.trajectory.Trajectory;
import vn.dxmonitor.model.trajectory.TrajectoryPoint;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitRegistry;

class CatalogTest {

  private final Catalog catalog = BuiltInCatalog.create();
  private final UnitRegistry units = BuiltInUnits.giaLai();
  private final Unit commune = units.find("21583").orElseThrow();
  private final Unit province = units.find("52").orElseThrow();

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
}
