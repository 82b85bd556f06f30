package vn.dxmonitor.runtime.catalog;

import java.util.List;

/**
 * A catalog as written in {@code catalog/*.yaml}: its indicators and plans in the form the admin
 * API reads and writes them, checked and turned into the model's types by {@link CatalogReader}.
 */
public record CatalogDocument(List<IndicatorDocument> indicators, List<PlanDocument> plans) {}
