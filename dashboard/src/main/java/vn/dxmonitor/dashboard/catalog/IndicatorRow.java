package vn.dxmonitor.dashboard.catalog;

import vn.dxmonitor.dashboard.page.PageText;
import vn.dxmonitor.model.catalog.Indicator;

/** An indicator as the catalog page lists it. */
public record IndicatorRow(
    String id, String name, String pillar, String kind, String unitOfMeasure, String direction) {

  static IndicatorRow of(Indicator indicator, PageText text) {
    boolean english = "en".equals(text.language());
    String name = english && indicator.nameEn() != null ? indicator.nameEn() : indicator.nameVi();
    return new IndicatorRow(
        indicator.id(),
        name == null ? indicator.id() : name,
        indicator.pillar() == null
            ? ""
            : english ? indicator.pillar().nameEn() : indicator.pillar().nameVi(),
        indicator.kind().name().toLowerCase(java.util.Locale.ROOT),
        indicator.unitOfMeasure() == null ? "" : indicator.unitOfMeasure(),
        text.get(indicator.lowerIsBetter() ? "catalog.lowerBetter" : "catalog.higherBetter"));
  }
}
