package vn.dxmonitor.model.catalog;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A plan (kế hoạch, nghị quyết, chỉ thị) that sets targets.
 *
 * @param province the issuing province, as a stable slug (codes changed in the 2025 reform)
 * @param source the seed document it was encoded from
 * @param start when its trajectories begin: the default baseline is the first value seen since
 * @param issuedFor the unit codes it was issued for, as coded when it was issued; its scope at any
 *     later date follows them through reorganisations. Empty for a plan that applies nationwide.
 */
public record Plan(
    String id,
    String name,
    String province,
    String source,
    LocalDate issuedAt,
    LocalDate start,
    Set<String> issuedFor) {

  public Plan {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(start, "start");
    issuedFor = issuedFor == null ? Set.of() : Set.copyOf(issuedFor);
  }

  /** The day its scope is read from: issued, else started. */
  public LocalDate scopeDate() {
    return issuedAt != null ? issuedAt : start;
  }
}
