package vn.dxmonitor.runtime.deadletter;

import java.util.List;
import java.util.Set;

/**
 * Which dead letters to replay: those of one reason code, a list of {@code partition:offset}, or
 * all of them.
 */
public record Selection(String reasonCode, Set<LetterId> letters, boolean all) {

  public Selection {
    letters = letters == null ? Set.of() : Set.copyOf(letters);
    int ways = (reasonCode != null ? 1 : 0) + (letters.isEmpty() ? 0 : 1) + (all ? 1 : 0);
    if (ways != 1) {
      throw new IllegalArgumentException(
          "choose the letters one way: a reason, a list of partition:offset, or all");
    }
  }

  public static Selection reason(String code) {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("a reason code is required, e.g. unknown-indicator");
    }
    return new Selection(code.strip(), Set.of(), false);
  }

  public static Selection letters(List<LetterId> ids) {
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("at least one letter partition:offset is required");
    }
    return new Selection(null, Set.copyOf(ids), false);
  }

  public static Selection everything() {
    return new Selection(null, Set.of(), true);
  }

  public boolean matches(Letter letter) {
    return all || letter.reasonCode().equals(reasonCode) || letters.contains(letter.id());
  }
}
