package vn.dxmonitor.runtime.catalog.topic;

import java.util.Objects;
import vn.dxmonitor.model.unit.Succession;
import vn.dxmonitor.model.unit.UnitVersion;
import vn.dxmonitor.runtime.accounts.Account;
import vn.dxmonitor.runtime.catalog.IndicatorDocument;

/**
 * One entry of {@code dx.catalog} to write: its key ({@link CatalogKey}) and the value stored as
 * JSON under it.
 */
public record CatalogEntry(String key, Object value) {

  public CatalogEntry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
  }

  public static CatalogEntry indicator(IndicatorDocument indicator) {
    return new CatalogEntry(CatalogKey.indicator(indicator.id()), indicator);
  }

  public static CatalogEntry plan(PlanVersion version) {
    return new CatalogEntry(CatalogKey.plan(version.plan().id(), version.version()), version);
  }

  public static CatalogEntry scorecard(ScorecardVersion version) {
    return new CatalogEntry(
        CatalogKey.scorecard(version.scorecard().id(), version.version()), version);
  }

  /** An API key's entry; its own package gives it meaning (see {@code KeyBook}). */
  public static CatalogEntry apiKey(String id, Object key) {
    return new CatalogEntry(CatalogKey.apiKey(id), key);
  }

  public static CatalogEntry account(Account account) {
    return new CatalogEntry(CatalogKey.account(account.name()), account);
  }

  public static CatalogEntry unit(UnitVersion version) {
    return new CatalogEntry(CatalogKey.unit(version.unit().code(), version.validFrom()), version);
  }

  public static CatalogEntry succession(Succession succession) {
    return new CatalogEntry(
        CatalogKey.succession(succession.oldCode(), succession.newCode()), succession);
  }

  /** An alerting configuration entry (see {@link CatalogKey#alerting}). */
  public static CatalogEntry alerting(String name, Object value) {
    return new CatalogEntry(CatalogKey.alerting(name), value);
  }
}
