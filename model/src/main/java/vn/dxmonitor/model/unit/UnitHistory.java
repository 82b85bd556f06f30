package vn.dxmonitor.model.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The unit registry through time: every version of every unit and the reorganisations between them.
 * A code means nothing without a date (52 was Bình Định before 2025-07-01 and is Gia Lai after), so
 * every question is asked at a date. The tree at a date is an ordinary {@link UnitRegistry}, built
 * once per date asked.
 */
public final class UnitHistory {

  private final List<UnitVersion> versions;
  private final List<Succession> successions;
  private final Map<String, List<Succession>> successionsByOldCode;
  private final Map<String, UnitVersion> latestByCode;
  private final java.util.NavigableSet<LocalDate> boundaries = new java.util.TreeSet<>();
  private final Map<LocalDate, UnitRegistry> snapshots = new ConcurrentHashMap<>();
  private final Map<ScopeKey, Set<String>> scopes = new ConcurrentHashMap<>();
  private final Map<String, String> lastRoots = new ConcurrentHashMap<>();

  public UnitHistory(Collection<UnitVersion> versions, Collection<Succession> successions) {
    this.versions = List.copyOf(versions);
    this.successions = List.copyOf(successions);
    Map<String, List<Succession>> byOld = new LinkedHashMap<>();
    for (Succession succession : successions) {
      byOld.computeIfAbsent(succession.oldCode(), code -> new ArrayList<>()).add(succession);
    }
    byOld.replaceAll((code, list) -> List.copyOf(list));
    this.successionsByOldCode = Map.copyOf(byOld);
    Map<String, UnitVersion> latest = new java.util.HashMap<>();
    for (UnitVersion version : this.versions) {
      latest.merge(version.unit().code(), version, UnitHistory::later);
    }
    this.latestByCode = Map.copyOf(latest);
    for (UnitVersion version : this.versions) {
      if (version.validFrom() != null) {
        boundaries.add(version.validFrom());
      }
      if (version.validTo() != null) {
        boundaries.add(version.validTo());
      }
    }
  }

  private static UnitVersion later(UnitVersion a, UnitVersion b) {
    LocalDate endA = a.validTo() == null ? LocalDate.MAX : a.validTo();
    LocalDate endB = b.validTo() == null ? LocalDate.MAX : b.validTo();
    return endB.isAfter(endA) ? b : a;
  }

  /** A history in which the given units have always been as they are and nothing reorganised. */
  public static UnitHistory timeless(UnitRegistry registry) {
    return new UnitHistory(
        registry.all().stream().map(unit -> new UnitVersion(unit, null, null, null)).toList(),
        List.of());
  }

  public List<UnitVersion> versions() {
    return versions;
  }

  public List<Succession> successions() {
    return successions;
  }

  /**
   * The tree of the units valid on {@code date}. The tree only changes on the days a version begins
   * or ends, so every date between two such days shares one tree.
   */
  public UnitRegistry at(LocalDate date) {
    LocalDate since = boundaries.floor(date);
    LocalDate key = since == null ? LocalDate.MIN : since;
    return snapshots.computeIfAbsent(
        key,
        day ->
            new UnitRegistry(
                versions.stream().filter(v -> v.isValidAt(date)).map(UnitVersion::unit).toList()));
  }

  /** The unit a code named most recently: today's unit, or the last one a retired code had. */
  public Optional<Unit> latest(String code) {
    return Optional.ofNullable(latestByCode.get(code)).map(UnitVersion::unit);
  }

  /**
   * The root — the province — of the tree {@code code} stood in most recently: for a unit of today,
   * today's province; for a retired code, the province it last belonged to (itself, for a retired
   * province). It never depends on the date asked, so everything keyed by it stays where it is as
   * time passes; it changes only when the unit list itself does. An unknown code is its own root.
   */
  public String lastRoot(String code) {
    String known = lastRoots.get(code);
    return known != null ? known : lastRoots.computeIfAbsent(code, this::climbToRoot);
  }

  private String climbToRoot(String code) {
    String current = code;
    // Bounded by the number of units: a parent chain that loops (bad data) stops instead of
    // spinning.
    for (int steps = 0; steps <= latestByCode.size(); steps++) {
      UnitVersion version = latestByCode.get(current);
      if (version == null || version.unit().isRoot()) {
        return current;
      }
      current = version.unit().parentCode();
    }
    return current;
  }

  /**
   * What {@code code} means on {@code date}: the unit itself; for a retired code the successor it
   * went into whole; or, when it was split, the successors to choose from.
   */
  public CodeResolution resolve(String code, LocalDate date) {
    UnitRegistry registry = at(date);
    Optional<Unit> unit = registry.find(code);
    if (unit.isPresent()) {
      return new CodeResolution.Resolved(unit.get(), null);
    }
    List<Succession> effective = successionsOf(code, date);
    List<Unit> successors =
        effective.stream()
            .map(s -> registry.find(s.newCode()))
            .flatMap(Optional::stream)
            .distinct()
            .toList();
    if (successors.size() == 1 && effective.stream().allMatch(Succession::full)) {
      return new CodeResolution.Resolved(successors.get(0), code);
    }
    if (!successors.isEmpty()) {
      return new CodeResolution.Ambiguous(code, effective.get(0).effective(), successors);
    }
    return new CodeResolution.Unknown(code);
  }

  /**
   * The codes, valid on {@code date}, of the units a plan issued on {@code issuedAt} for the
   * subtrees of {@code issuedFor} covers: those units themselves where they still stand, else what
   * they became through the reorganisations between the two dates. A province's plan thus follows
   * its communes into the province they were merged into, without reaching that province's other
   * communes. A code unknown on {@code issuedAt} is read as today's subtree.
   */
  public Set<String> carriedForward(Set<String> issuedFor, LocalDate issuedAt, LocalDate date) {
    return scopes.computeIfAbsent(
        new ScopeKey(issuedFor, issuedAt, date), key -> computeCarriedForward(key));
  }

  private Set<String> computeCarriedForward(ScopeKey key) {
    UnitRegistry then = at(key.issuedAt());
    UnitRegistry now = at(key.date());
    Set<String> covered = new HashSet<>();
    for (String root : key.issuedFor()) {
      List<Unit> original = then.subtree(root);
      if (original.isEmpty()) {
        now.subtree(root).forEach(unit -> covered.add(unit.code()));
        continue;
      }
      for (Unit unit : original) {
        List<Succession> moves =
            successionsOf(unit.code(), key.date()).stream()
                .filter(s -> s.effective().isAfter(key.issuedAt()))
                .toList();
        if (moves.isEmpty()) {
          now.find(unit.code()).ifPresent(still -> covered.add(still.code()));
        } else {
          moves.stream()
              .map(Succession::newCode)
              .filter(code -> now.find(code).isPresent())
              .forEach(covered::add);
        }
      }
    }
    return Set.copyOf(covered);
  }

  /**
   * True when the unit is in a plan's scope on {@code date}: an administrative unit must be carried
   * forward itself; a department, institution or enterprise is covered through the nearest
   * administrative unit above it.
   */
  public boolean covers(Set<String> issuedFor, LocalDate issuedAt, String code, LocalDate date) {
    Set<String> scope = carriedForward(issuedFor, issuedAt, date);
    if (scope.contains(code)) {
      return true;
    }
    UnitRegistry registry = at(date);
    Optional<Unit> unit = registry.find(code);
    if (unit.isEmpty() || unit.get().level().isAdministrative()) {
      return false;
    }
    return registry.ancestors(code).stream()
        .filter(ancestor -> ancestor.level().isAdministrative())
        .findFirst()
        .map(ancestor -> scope.contains(ancestor.code()))
        .orElse(false);
  }

  private List<Succession> successionsOf(String code, LocalDate date) {
    return successionsByOldCode.getOrDefault(code, List.of()).stream()
        .filter(s -> !date.isBefore(s.effective()))
        .toList();
  }

  private record ScopeKey(Set<String> issuedFor, LocalDate issuedAt, LocalDate date) {}
}
