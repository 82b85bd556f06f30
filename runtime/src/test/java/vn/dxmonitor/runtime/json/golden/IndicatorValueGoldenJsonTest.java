package vn.dxmonitor.runtime.json.golden;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dxmonitor.runtime.json.golden.BothJacksons.assertReadAs;
import static vn.dxmonitor.runtime.json.golden.BothJacksons.assertWrittenAndReadAs;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import vn.dxmonitor.model.value.IndicatorValue;

/**
 * The JSON of an indicator value — on {@code dx.indicator-values}, in HTTP answers and in the
 * {@code dx-indicators} documents that queries, scripts and the dashboard's pages read by field
 * name — pinned character for character under both Jacksons, whatever shape the Java record takes:
 * one flat object, every field in the same order, nulls written out.
 */
class IndicatorValueGoldenJsonTest {

  private static final String FULL =
      """
      {"unit":"21583","unitName":"Phường Quy Nhơn","level":"commune","parent":"52",\
      "indicator":"work-records-online","kind":"ratio-of-counts","windowDays":30,"numerator":7,\
      "denominator":10,"value":70.0,"year":2026,"numeratorYtd":70,"denominatorYtd":100,\
      "valueYtd":70.0,"monthStart":"2026-11-01","numeratorMtd":6,"denominatorMtd":8,\
      "quarterStart":"2026-10-01","numeratorQtd":21,"denominatorQtd":30,"events":10,\
      "lastEventAt":"2026-11-20T02:15:00Z",\
      "baseline":{"date":"2026-01-05","value":40.0},"targetId":"target-1","planId":"plan-nq05",\
      "comparator":">=","target":90.0,"deadline":"2027-12-31","expected":62.5,\
      "status":"ON_TRACK","gap":7.5,"daysBehind":3,"updatedAt":"2026-11-20T03:00:00.123Z",\
      "periodStart":"2026-01-01","valuePeriodToDate":65.25,"childrenReporting":4,\
      "childrenExpected":5,"dailyCounts":[{"day":"2026-11-19","numerator":3,"denominator":4},\
      {"day":"2026-11-20","numerator":4,"denominator":6}]}""";

  private static final String SPARSE =
      """
      {"unit":"52","unitName":null,"level":null,"parent":null,"indicator":"unit-count",\
      "kind":"count","windowDays":0,"numerator":0,"denominator":0,"value":null,"year":2026,\
      "numeratorYtd":0,"denominatorYtd":0,"valueYtd":null,"monthStart":null,"numeratorMtd":null,\
      "denominatorMtd":null,"quarterStart":null,"numeratorQtd":null,"denominatorQtd":null,"events":0,\
      "lastEventAt":null,\
      "baseline":null,"targetId":null,"planId":null,"comparator":null,"target":null,\
      "deadline":null,"expected":null,"status":null,"gap":null,"daysBehind":null,\
      "updatedAt":null,"periodStart":null,"valuePeriodToDate":null,"childrenReporting":null,\
      "childrenExpected":null,"dailyCounts":null}""";

  /**
   * What a document of an older version holds: the counts, none of the fields added since — not the
   * month's and the quarter's counts either, which read as not kept.
   */
  private static final String OLD =
      """
      {"unit":"52","indicator":"unit-count","kind":"count","windowDays":0,"numerator":0,\
      "denominator":0,"year":2026,"numeratorYtd":0,"denominatorYtd":0,"events":0}""";

  @Test
  void aValueWithEveryFieldSetIsOneFlatObjectUnderBothJacksons() {
    assertWrittenAndReadAs(GoldenRecords.fullValue(), FULL, IndicatorValue.class);
  }

  @Test
  void aValueWithoutItsNullableFieldsWritesThemAsNullUnderBothJacksons() {
    assertWrittenAndReadAs(GoldenRecords.sparseValue(), SPARSE, IndicatorValue.class);
  }

  @Test
  void aValueMissingTheFieldsAddedSinceReadsWithThemNull() {
    assertReadAs(OLD, GoldenRecords.sparseValue(), IndicatorValue.class);
  }

  @Test
  void theTopicsRefuseAFractionalCountAsBefore() {
    String fractional = FULL.replace("\"numerator\":7,", "\"numerator\":7.5,");

    assertThatThrownBy(() -> BothJacksons.readJackson3(fractional, IndicatorValue.class))
        .isInstanceOf(JacksonException.class);
  }

  @Test
  void theTopicsRefuseANullCountAsBefore() {
    String nullCount = FULL.replace("\"events\":10,", "\"events\":null,");

    assertThatThrownBy(() -> BothJacksons.readJackson3(nullCount, IndicatorValue.class))
        .isInstanceOf(JacksonException.class);
  }
}
