package vn.dxmonitor.runtime.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
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
                    scope: ["24"]
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
                + " institution, but was 'ward'",
            "plans[0].targets[0].comparator: must be one of >=, >, <=, <, but was '=>'",
            "plans[0].targets[0].value: is required");
  }

  private static Catalog read(String yaml) {
    return CatalogReader.read(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }
}
