package vn.dxmonitor.runtime.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The catalog as written in {@code catalog/*.yaml}: plain fields, checked and turned into the
 * model's types by {@link CatalogReader}.
 */
record CatalogDocument(List<IndicatorEntry> indicators, List<PlanEntry> plans) {

  record IndicatorEntry(
      String id,
      String nameVi,
      String nameEn,
      String pillar,
      String kind,
      String unitOfMeasure,
      Boolean lowerIsBetter,
      Integer windowDays,
      String cadence,
      String rollup,
      String numerator,
      String denominator) {}

  record PlanEntry(
      String id,
      String name,
      String province,
      String source,
      LocalDate issuedAt,
      LocalDate start,
      List<String> issuedFor,
      List<String> scope,
      List<TargetEntry> targets) {}

  record TargetEntry(
      String id,
      String indicator,
      String level,
      String comparator,
      BigDecimal value,
      LocalDate deadline,
      String section,
      String quote,
      String note) {}
}
