package vn.dxmonitor.runtime.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import vn.dxmonitor.model.unit.CodeResolution;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.unit.UnitRegistry;

/**
 * The one place that decides which units a principal reaches and what it may grant. Ingest (which
 * units a key reports for), the dashboard (what a viewer reads and administers) and alerting (which
 * alerts an operator works) all ask here, so a scope means the same everywhere.
 *
 * <p>A principal's codes are read on the day in question: a key or account from before the 2025
 * reform reaches the units its units became. A national principal reaches every unit in the
 * registry; any other reaches the subtrees of its units and nothing else — being an administrator
 * does not widen it.
 */
public final class Scopes {

  private Scopes() {}

  /** Its units as they stood on {@code day}: each code, and what it became if it was retired. */
  public static List<String> roots(Scoped who, UnitHistory history, LocalDate day) {
    List<String> roots = new ArrayList<>();
    for (String code : who.units()) {
      roots.add(code);
      if (history.resolve(code, day) instanceof CodeResolution.Resolved resolved) {
        roots.add(resolved.unit().code());
      }
    }
    return roots.stream().distinct().toList();
  }

  /** Whether it reaches a unit of the registry as it stood on {@code day}. */
  public static boolean reaches(Scoped who, String code, UnitHistory history, LocalDate day) {
    return reachable(who, history, day).test(code);
  }

  /** The test {@link #reaches} makes, with the principal's units resolved once. */
  public static Predicate<String> reachable(Scoped who, UnitHistory history, LocalDate day) {
    UnitRegistry tree = history.at(day);
    if (who.national()) {
      return code -> code != null && tree.find(code).isPresent();
    }
    List<String> roots = roots(who, history, day);
    return code -> code != null && roots.stream().anyMatch(root -> tree.isWithin(code, root));
  }

  /** Whether a unit path (a unit and its ancestors, as values and alerts carry it) is reached. */
  public static boolean covers(Scoped who, List<String> path, UnitHistory history, LocalDate day) {
    if (who.national()) {
      return true;
    }
    List<String> roots = roots(who, history, day);
    return path.stream().anyMatch(roots::contains);
  }

  /** Whether every one of the codes is reached; a national principal reaches even none. */
  public static boolean reachesAll(
      Scoped who, Collection<String> codes, UnitHistory history, LocalDate day) {
    if (who.national()) {
      return true;
    }
    if (codes.isEmpty()) {
      return false;
    }
    Predicate<String> reachable = reachable(who, history, day);
    return codes.stream().allMatch(reachable);
  }

  /**
   * Why a principal may not give out a role over some units — a new key or account — or empty when
   * it may: the role ranks no higher than its own, and the units lie within its subtrees. Only a
   * national principal gives out national reach (no units).
   *
   * @return the refusal, naming what is wrong
   */
  public static Optional<Refusal> grant(
      Scoped creator, Rank role, List<String> units, UnitHistory history, LocalDate day) {
    if (!creator.rank().atLeast(role)) {
      return Optional.of(
          new Refusal(
              "role",
              "cannot give a role above your own ("
                  + creator.rank().name().toLowerCase(Locale.ROOT)
                  + ")"));
    }
    if (creator.national()) {
      // A national principal may name any unit the registry has ever known: a retired code still
      // resolves to what it became, and ingest reads it so.
      for (int i = 0; i < units.size(); i++) {
        String code = units.get(i);
        if (code == null || history.latest(code).isEmpty()) {
          return Optional.of(
              new Refusal("units[" + i + "]", "unit '" + code + "' is not in the unit registry"));
        }
      }
      return Optional.empty();
    }
    if (units.isEmpty()) {
      return Optional.of(
          new Refusal(
              "units", "only an administrator of the whole country gives out national reach"));
    }
    Predicate<String> reachable = reachable(creator, history, day);
    for (int i = 0; i < units.size(); i++) {
      if (!reachable.test(units.get(i))) {
        return Optional.of(
            new Refusal(
                "units[" + i + "]",
                "unit '" + units.get(i) + "' is not in today's registry within your own units"));
      }
    }
    return Optional.empty();
  }

  /** Why a grant is refused: the request's field and the reason. */
  public record Refusal(String field, String reason) {}
}
