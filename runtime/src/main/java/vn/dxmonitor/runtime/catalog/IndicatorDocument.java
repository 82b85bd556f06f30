package vn.dxmonitor.runtime.catalog;

/**
 * An indicator as the catalog file, the catalog topic and the admin API hold it: plain fields, so
 * that a bad value can be reported by its field rather than fail to parse.
 */
public record IndicatorDocument(
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
    String denominator,
    String revisionWindow) {}
