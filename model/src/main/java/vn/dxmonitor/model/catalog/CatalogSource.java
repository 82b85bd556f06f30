package vn.dxmonitor.model.catalog;

import java.time.Instant;
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
