package vn.dxmonitor.runtime.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.calendar.ReportingCadence;
import vn.dxmonitor.model.calendar.ReportingDeadlines;
import vn.dxmonitor.model.calendar.ReportingPeriod;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.unit.UnitLevel;

class CatalogReaderTest {

  private static final String INDICATOR =
      """
      indicators:
        - id: dti-rank
          nameVi: "Xếp hạng DTI"
          nameEn: "DTI rank"
          pillar: digital-government
          kind: measurement
          unitOfMeasure: rank
          lowerIsBetter: true
          windowDays: 0
          cadence: P1Y
          rollup: none
      """;

  @Test
  void aProvinceWideShareIsMeasuredAtTheProvinceAndKeepsItsAudience() {
    Catalog catalog =
        read(
            INDICATOR
                + """
                plans:
                  - id: p
                    start: 2024-01-01
                    issuedFor: ["27"]
                    targets:
                      - id: rank/population/2025
                        indicator: dti-rank
                        level: population
                        comparator: "<="
                        value: 10
                        deadline: 2025-12-31
                """);

    var target = catalog.targets().get(0);
    assertThat(target.id()).isEqualTo("p/rank/population/2025");
    assertThat(target.level()).isEqualTo(UnitLevel.PROVINCE);
    assertThat(target.audience()).isEqualTo("population");
    assertThat(target.comparator().higherIsBetter()).isFalse();
    assertThat(catalog.indicator("dti-rank").orElseThrow().lowerIsBetter()).isTrue();
  }

  @Test
  void everyProblemIsReportedWithItsFieldPath() {
    InvalidCatalogException error =
        catchThrowableOfType(
            InvalidCatalogException.class,
            () ->
                read(
                    INDICATOR
                        + """
                        plans:
                          - id: p
                            start: 2024-01-01
                            targets:
                              - id: t1
                                indicator: no-such
                                level: ward
                                comparator: "=>"
                                deadline: 2025-12-31
                        """));

    assertThat(error.problems())
        .containsExactlyInAnyOrder(
            "plans[0].targets[0].indicator: must name an indicator of the catalog, but was 'no-such'",
            "plans[0].targets[0].level: must be one of province, district, commune, department,"
                + " institution, enterprise, but was 'ward'",
            "plans[0].targets[0].comparator: must be one of >=, >, <=, <, but was '=>'",
            "plans[0].targets[0].value: is required");
  }

  @Test
  void aTargetsTrajectoryFieldsAreCheckedWithTheirPaths() {
    PlanDocument plan =
        new PlanDocument(
            "plan-x",
            "Plan X",
            "gia-lai",
            null,
            LocalDate.of(2026, 1, 1),
            null,
            List.of("52"),
            List.of(
                new PlanDocument.TargetDocument(
                    null,
                    "dti-rank",
                    "province",
                    "<=",
                    BigDecimal.TEN,
                    LocalDate.of(2027, 12, 31),
                    new PlanDocument.Point(LocalDate.of(2026, 6, 1), BigDecimal.valueOf(20)),
                    List.of(
                        new PlanDocument.Point(LocalDate.of(2026, 3, 1), BigDecimal.valueOf(15)),
                        new PlanDocument.Point(LocalDate.of(2028, 1, 1), BigDecimal.ONE)),
                    "zigzag",
                    BigDecimal.valueOf(-1),
                    null,
                    null,
                    null,
                    null)));

    InvalidCatalogException error =
        catchThrowableOfType(
            InvalidCatalogException.class, () -> CatalogReader.plan(plan, Set.of("dti-rank")));

    assertThat(error.problems())
        .containsExactlyInAnyOrder(
            "targets[0].milestones[0].date: must be after 2026-06-01 (the baseline and milestones"
                + " run in date order), but was 2026-03-01",
            "targets[0].milestones[1].date: must be before the deadline 2027-12-31, but was"
                + " 2028-01-01",
            "targets[0].curve: must be one of linear, step, but was 'zigzag'",
            "targets[0].tolerance: must be ≥ 0, but was -1");
  }

  @Test
  void aPlansReportingDaysReplaceTheDefaultsTheyNameAndAreCheckedWithTheirPaths() {
    PlanDocument good = reportingPlan(new PlanDocument.ReportingDocument(null, 10, null, 25));
    PlanDocument bad = reportingPlan(new PlanDocument.ReportingDocument(0, null, 32, null));

    ReportingDeadlines read = CatalogReader.plan(good, Set.of()).plan().reporting();
    InvalidCatalogException error =
        catchThrowableOfType(
            InvalidCatalogException.class, () -> CatalogReader.plan(bad, Set.of()));

    assertThat(read.dayOfLastMonth())
        .containsEntry(ReportingCadence.QUARTERLY, 10)
        .containsEntry(ReportingCadence.YEARLY, 25)
        .containsEntry(ReportingCadence.MONTHLY, 15)
        .containsEntry(ReportingCadence.HALF_YEARLY, 15);
    assertThat(CatalogReader.plan(reportingPlan(null), Set.of()).plan().reporting())
        .isEqualTo(ReportingDeadlines.defaults());
    assertThat(error.problems())
        .containsExactlyInAnyOrder(
            "reporting.monthly: must be a day of the month, 1 to 31, but was 0",
            "reporting.halfYearly: must be a day of the month, 1 to 31, but was 32");
  }

  /**
   * A plan's own days off move its deadlines like a public holiday: 15 June 2026 is a Monday, so a
   * day off that Monday moves the quarter's deadline to Tuesday the 16th. Each bad day is named.
   */
  @Test
  void aPlansOwnDaysOffMoveItsDeadlinesAndEachBadOneIsNamed() {
    PlanDocument.DayOffDocument bridging =
        new PlanDocument.DayOffDocument(LocalDate.of(2026, 6, 15), "Ngày hội văn hoá tỉnh");
    PlanDocument good =
        reportingPlan(
            new PlanDocument.ReportingDocument(null, null, null, null, List.of(bridging)));
    PlanDocument bad =
        reportingPlan(
            new PlanDocument.ReportingDocument(
                null,
                null,
                null,
                null,
                java.util.Arrays.asList(
                    bridging,
                    new PlanDocument.DayOffDocument(LocalDate.of(2026, 6, 15), "lần nữa"),
                    new PlanDocument.DayOffDocument(null, "không ngày"),
                    new PlanDocument.DayOffDocument(LocalDate.of(2026, 7, 1), " "),
                    null)));

    ReportingDeadlines read = CatalogReader.plan(good, Set.of()).plan().reporting();
    InvalidCatalogException error =
        catchThrowableOfType(
            InvalidCatalogException.class, () -> CatalogReader.plan(bad, Set.of()));

    assertThat(read.daysOff()).containsExactly(Map.entry(bridging.date(), bridging.name()));
    assertThat(read.deadline(ReportingPeriod.parse("2026-Q2").orElseThrow()))
        .isEqualTo(LocalDate.of(2026, 6, 16));
    assertThat(
            ReportingDeadlines.defaults().deadline(ReportingPeriod.parse("2026-Q2").orElseThrow()))
        .isEqualTo(LocalDate.of(2026, 6, 15));
    assertThat(error.problems())
        .containsExactlyInAnyOrder(
            "reporting.daysOff[1].date: 2026-06-15 is listed twice",
            "reporting.daysOff[2].date: is required",
            "reporting.daysOff[3].name: is required",
            "reporting.daysOff[4]: is required");
  }

  private static PlanDocument reportingPlan(PlanDocument.ReportingDocument reporting) {
    return new PlanDocument(
        "plan-r",
        "Plan R",
        "gia-lai",
        null,
        LocalDate.of(2026, 1, 1),
        null,
        List.of("52"),
        List.of(),
        null,
        reporting);
  }

  @Test
  void aPlanWrittenThroughTheApiReadsWithDefaultIdsAndItsOwnTrajectory() {
    PlanDocument plan =
        new PlanDocument(
            "plan-y",
            "Plan Y",
            "gia-lai",
            null,
            LocalDate.of(2026, 1, 1),
            null,
            null,
            List.of(
                new PlanDocument.TargetDocument(
                    null,
                    "dti-rank",
                    "province",
                    "<=",
                    BigDecimal.TEN,
                    LocalDate.of(2027, 12, 31),
                    new PlanDocument.Point(LocalDate.of(2026, 1, 1), BigDecimal.valueOf(30)),
                    List.of(
                        new PlanDocument.Point(LocalDate.of(2026, 12, 31), BigDecimal.valueOf(20))),
                    "step",
                    BigDecimal.ONE,
                    List.of("52"),
                    null,
                    null,
                    null)));

    CatalogReader.ReadPlan read = CatalogReader.plan(plan, Set.of("dti-rank"));

    assertThat(read.plan().start()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(read.plan().issuedFor()).isEmpty();
    var target = read.targets().get(0);
    assertThat(target.id()).isEqualTo("plan-y/dti-rank/province/2027/52");
    assertThat(target.baseline().value()).isEqualTo(30);
    assertThat(target.milestones()).hasSize(1);
    assertThat(target.curve()).isEqualTo(vn.dxmonitor.model.trajectory.Curve.STEP);
    assertThat(target.tolerance()).isEqualTo(1.0);
    assertThat(target.units()).containsExactly("52");
  }

  @Test
  void aWeightedMeanRollupIsRefusedInACatalogFileWithTheReason() {
    InvalidCatalogException error =
        catchThrowableOfType(
            InvalidCatalogException.class,
            () -> read(INDICATOR.replace("rollup: none", "rollup: weighted-mean")));

    assertThat(error).isNotNull();
    assertThat(error.problems())
        .containsExactly(
            "indicators[0].rollup: weighted-mean is not supported: no weight is known for a"
                + " unit's figure; use sum or none");
  }

  @Test
  void aWeightedMeanRollupIsRefusedThroughTheIndicatorsApi() {
    IndicatorDocument posted =
        new IndicatorDocument(
            "smes-on-platforms",
            "DNNVV trên nền tảng số",
            "SMEs on digital platforms",
            "digital-economy",
            "measurement",
            "percent",
            false,
            0,
            "P1Y",
            "weighted-mean",
            null,
            null,
            null);

    InvalidCatalogException error =
        catchThrowableOfType(InvalidCatalogException.class, () -> CatalogReader.indicator(posted));

    assertThat(error).isNotNull();
    assertThat(error.problems())
        .containsExactly(
            "rollup: weighted-mean is not supported: no weight is known for a unit's figure; use"
                + " sum or none");
  }

  private static Catalog read(String yaml) {
    return CatalogReader.read(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }

  @Test
  void anIndicatorMaySetItsOwnRevisionWindowAndABadOneIsRefusedNamingTheField() {
    IndicatorDocument own =
        new IndicatorDocument(
            "dossiers-quarterly",
            "Hồ sơ theo quý",
            "Dossiers, quarterly",
            "digital-government",
            "ratio-of-counts",
            "percent",
            false,
            90,
            "P3M",
            "sum",
            null,
            null,
            "P120D");

    assertThat(CatalogReader.indicator(own).revisionWindow())
        .isEqualTo(java.time.Duration.ofDays(120));
    InvalidCatalogException error =
        catchThrowableOfType(
            InvalidCatalogException.class,
            () ->
                CatalogReader.indicator(
                    new IndicatorDocument(
                        "dossiers-quarterly",
                        "Hồ sơ theo quý",
                        "Dossiers, quarterly",
                        "digital-government",
                        "ratio-of-counts",
                        "percent",
                        false,
                        90,
                        "P3M",
                        "sum",
                        null,
                        null,
                        "four months")));
    assertThat(error.problems())
        .containsExactly(
            "revisionWindow: must be a positive ISO-8601 duration such as P120D, but was 'four"
                + " months'");
  }
}
