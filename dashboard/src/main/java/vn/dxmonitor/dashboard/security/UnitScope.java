package vn.dxmonitor.dashboard.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.unit.CodeResolution;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.unit.UnitRegistry;
import vn.dxmonitor.runtime.access.Scopes;

/**
 * Which units a viewer sees — the reach {@link Scopes} gives it, read for the dashboard's pages and
 * API: the subtrees of its units in today's registry. A unit outside them is answered exactly as a
 * unit that does not exist, so that nothing about another province leaks, not even that a code is
 * taken.
 */
@Component
public class UnitScope {

  private final CatalogSource source;
  private final Clock clock;

  public UnitScope(CatalogSource source, Clock clock) {
    this.source = source;
    this.clock = clock;
  }

  public boolean sees(Viewer viewer, String code) {
    return seesOn(viewer, code, today());
  }

  /**
   * Whether the viewer sees a unit of the registry as it stood on {@code day}; the viewer's own
   * codes are read as of that day too, so a key or account from before the 2025 reform still sees
   * the units its unit became.
   */
  public boolean seesOn(Viewer viewer, String code, LocalDate day) {
    return visibleOn(viewer, day).test(code);
  }

  /**
   * The test {@link #seesOn} makes, with the viewer's units resolved once: for filtering a list.
   */
  public Predicate<String> visibleOn(Viewer viewer, LocalDate day) {
    return Scopes.reachable(viewer, source.units(), day);
  }

  /**
   * Whether something about a unit concerns the viewer: the unit is within its subtrees, or one of
   * its units lies below it, as a commune's leader is concerned by its province's plan.
   */
  /** The provinces (the registry's roots) the viewer may see on {@code day}. */
  public List<Unit> provincesOn(Viewer viewer, UnitRegistry units, LocalDate day) {
    Predicate<String> visible = visibleOn(viewer, day);
    return units.all().stream()
        .filter(Unit::isRoot)
        .filter(unit -> visible.test(unit.code()))
        .toList();
  }

  public boolean concerns(Viewer viewer, String code) {
    if (sees(viewer, code)) {
      return true;
    }
    UnitRegistry tree = source.units().at(today());
    return roots(viewer).stream().anyMatch(root -> tree.isWithin(root, code));
  }

  /**
   * Whether a plan concerns the viewer: it was issued for every unit, or for a unit that is — or
   * became through the 2025 reform — one the viewer's units lie in or below.
   *
   * @param issuedFor the plan's unit codes as coded when it was issued
   */
  public boolean concernsPlan(Viewer viewer, Collection<String> issuedFor) {
    if (viewer.seesEverything() || issuedFor.isEmpty()) {
      return true;
    }
    UnitHistory history = source.units();
    LocalDate today = today();
    for (String code : issuedFor) {
      String now =
          history.resolve(code, today) instanceof CodeResolution.Resolved resolved
              ? resolved.unit().code()
              : code;
      if (concerns(viewer, now)) {
        return true;
      }
    }
    return false;
  }

  /** The codes the viewer sees today; empty when it sees every unit. */
  public Optional<Set<String>> visibleCodes(Viewer viewer) {
    if (viewer.seesEverything()) {
      return Optional.empty();
    }
    UnitRegistry tree = source.units().at(today());
    Set<String> codes = new HashSet<>();
    for (String root : roots(viewer)) {
      tree.subtree(root).forEach(unit -> codes.add(unit.code()));
    }
    return Optional.of(Set.copyOf(codes));
  }

  /** Whether a unit path (a unit and its ancestors, as alerts and values carry it) is visible. */
  public boolean covers(Viewer viewer, List<String> path) {
    return Scopes.covers(viewer, path, source.units(), today());
  }

  /**
   * The unit a page or a request is about.
   *
   * @param code the unit asked for; the viewer's own first unit (for the whole country, the
   *     registry's first province) when absent
   * @throws ResponseStatusException 404 when there is no such unit or the viewer does not see it
   */
  public Unit unit(Viewer viewer, String code, UnitRegistry units) {
    if (code == null || code.isBlank()) {
      return home(viewer, units);
    }
    return units
        .find(code)
        .filter(unit -> sees(viewer, unit.code()))
        .orElseThrow(() -> notFound(code));
  }

  private Unit home(Viewer viewer, UnitRegistry units) {
    if (viewer.seesEverything()) {
      return units.all().stream()
          .filter(Unit::isRoot)
          .findFirst()
          .orElseThrow(
              () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "the registry has no unit"));
    }
    return roots(viewer).stream()
        .flatMap(code -> units.find(code).stream())
        .findFirst()
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    "none of the units " + viewer.units() + " is in today's registry"));
  }

  /**
   * The viewer's units as they are today: a code retired by the 2025 reform names its successor.
   */
  public List<String> roots(Viewer viewer) {
    return rootsOn(viewer, today());
  }

  private List<String> rootsOn(Viewer viewer, LocalDate day) {
    return Scopes.roots(viewer, source.units(), day);
  }

  private LocalDate today() {
    return VietnamTime.dateOf(clock.instant());
  }

  public static ResponseStatusException notFound(String code) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "no unit with code " + code);
  }
}
