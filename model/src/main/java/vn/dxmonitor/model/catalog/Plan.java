package vn.dxmonitor.model.catalog;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A plan (kế hoạch, nghị quyết, chỉ thị) that sets targets. {@code scope} holds the codes of the
 * unit subtrees it applies to, as they are read today.
 */
public record Plan(String id, String name, String source, LocalDate start, Set<String> scope) {

  public Plan {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(start, "start");
    scope = Set.copyOf(scope);
  }
}
