package vn.dxmonitor.model.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The unit registry through time: every version of every unit and the reorganisations between them.
 * A code means nothing without a date (52 was Bình Định before 2025-07-01 and is Gia Lai after), so
 * every question is asked at a date. The tree at a date is an ordinary {@link UnitRegistry}, built
 * once per date asked.
 */
public final class UnitHistory {

  private final List<UnitVersion> versions;
  private final Map<String, List<Succession>> successionsByOldCode;
  private final Map<LocalDate, UnitRegistry> snapshots = new ConcurrentHashMap<>();

  public UnitHistory(Collection<UnitVersion> versions, Collection<Succession> successions) {
    this.versions = List.copyOf(versions);
    Map<String, List<Succession>> byOld = new LinkedHashMap<>();
    for (Succession succession : successions) {
      byOld.computeIfAbsent(succession.oldCode(), code -> new ArrayList<>()).add(succession);
    }
    byOld.replaceAll((code, list) -> List.copyOf(list));
    this.successionsByOldCode = Map.copyOf(byOld);
  }

  public List<UnitVersion> versions() {
    return versions;
  }

  /** The tree of the units valid on {@code date}. */
  public UnitRegistry at(LocalDate date) {
    return snapshots.computeIfAbsent(
        date,
        day ->
            new UnitRegistry(
                versions.stream().filter(v -> v.isValidAt(day)).map(UnitVersion::unit).toList()));
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
    List<Succession> successions =
        successionsByOldCode.getOrDefault(code, List.of()).stream()
            .filter(s -> !date.isBefore(s.effective()))
            .toList();
    List<Unit> successors =
        successions.stream()
            .map(s -> registry.find(s.newCode()))
            .flatMap(Optional::stream)
            .distinct()
            .toList();
    if (successors.size() == 1 && successions.stream().allMatch(Succession::full)) {
      return new CodeResolution.Resolved(successors.get(0), code);
    }
    if (!successors.isEmpty()) {
      return new CodeResolution.Ambiguous(code, successors);
    }
    return new CodeResolution.Unknown(code);
  }
}
