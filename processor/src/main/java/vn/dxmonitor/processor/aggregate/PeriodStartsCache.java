package vn.dxmonitor.processor.aggregate;

import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.Plan;
import vn.dxmonitor.processor.window.PeriodStarts;

/** The period starts of the catalog in use, made again only when the catalog is replaced. */
final class PeriodStartsCache {

  private static volatile Entry last = new Entry(null, new PeriodStarts(java.util.List.of()));

  private PeriodStartsCache() {}

  static PeriodStarts of(Catalog catalog) {
    Entry entry = last;
    if (entry.catalog() != catalog) {
      entry =
          new Entry(catalog, new PeriodStarts(catalog.plans().stream().map(Plan::start).toList()));
      last = entry;
    }
    return entry.starts();
  }

  private record Entry(Catalog catalog, PeriodStarts starts) {}
}
