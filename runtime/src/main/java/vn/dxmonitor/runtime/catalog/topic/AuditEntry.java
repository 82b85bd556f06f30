package vn.dxmonitor.runtime.catalog.topic;

import java.time.Instant;
import java.util.List;

/**
 * One change to the catalog: who made it, when, and the entry before and after (null when it was
 * created or removed). Imports record their counts rather than every unit.
 *
 * @param action {@code create}, {@code update}, {@code import} or {@code seed}
 * @param kind {@code indicator}, {@code plan}, {@code units} or {@code reorganisation}
 * @param units the units the change concerns — a key's, an account's, a plan's — so that an
 *     administrator of some units reads only the entries about them; empty for the country's own
 *     (indicators, the unit lists, the alerting configuration), which only a national one reads
 */
public record AuditEntry(
    Instant at,
    String actor,
    String action,
    String kind,
    String id,
    Object before,
    Object after,
    List<String> units) {

  public AuditEntry {
    units = units == null ? List.of() : List.copyOf(units);
  }

  /** A change to the country's own entries. */
  public AuditEntry(
      Instant at,
      String actor,
      String action,
      String kind,
      String id,
      Object before,
      Object after) {
    this(at, actor, action, kind, id, before, after, List.of());
  }
}
