package vn.dxmonitor.dashboard.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.dxmonitor.model.catalog.Indicator;

/** An indicator of the catalog as the API shows it: pillar and kind by their ids. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record IndicatorView(
    String id,
    String nameVi,
    String nameEn,
    String pillar,
    String kind,
    String unitOfMeasure,
    int windowDays) {

  public static IndicatorView of(Indicator indicator) {
    return new IndicatorView(
        indicator.id(),
        indicator.nameVi(),
        indicator.nameEn(),
        indicator.pillar() == null ? null : indicator.pillar().id(),
        indicator.kind().id(),
        indicator.unitOfMeasure(),
        indicator.windowDays());
  }
}
