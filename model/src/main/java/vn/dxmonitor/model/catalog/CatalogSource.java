package vn.dxmonitor.model.catalog;

import java.time.Instant;
import java.time.LocalDate;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.unit.UnitHistory;

/**
 * Where the current catalog and unit history come from. Services read a live view of the catalog
 * topic through this, so every call may see a newer catalog than the last: callers ask for it per
 * use rather than keeping what they got.
 */
public interface CatalogSource {

  Catalog catalog();

  /** The catalog as it stood at {@code instant}: each plan in the version that applied then. */
  default Catalog catalogAt(Instant instant) {
    return catalog();
  }

  /**
   * The catalog in force on {@code day}: each plan in the version that applied at the day's end in
   * Vietnam. A status is judged per day, so every reader of a unit's standing on a day — the
   * processor, the alerting engine, the dashboard, a review — judges it against this one catalog. A
   * source that rebuilds catalogs remembers the recent days' ones.
   */
  default Catalog catalogOn(LocalDate day) {
    return catalogAt(VietnamTime.endOf(day));
  }

  UnitHistory units();

  /** A source that never changes, for tools and tests. */
  static CatalogSource fixed(Catalog catalog, UnitHistory units) {
    return new CatalogSource() {
      @Override
      public Catalog catalog() {
        return catalog;
      }

      @Override
      public UnitHistory units() {
        return units;
      }
    };
  }
}
