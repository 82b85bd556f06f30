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
 * @param issuedFor the unit codes it was issued for, as coded when it was issued
 * @param scope the codes of the unit subtrees it applies to, as they are read today
 */
public record Plan(
    String id,
    String name,
    String province,
    String source,
    LocalDate issuedAt,
    LocalDate start,
    Set<String> issuedFor,
    Set<String> scope) {

  public Plan {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(start, "start");
    issuedFor = Set.copyOf(issuedFor);
    scope = Set.copyOf(scope);
  }
}
