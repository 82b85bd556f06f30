package vn.dxmonitor.model.unit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The units known to the platform and the tree they form. Immutable: a new registry is built when
 * the catalog changes, so readers on other threads never see half an update.
 */
public final class UnitRegistry {

  private final Map<String, Unit> byCode;
  private final Map<String, List<Unit>> childrenByParent;

  public UnitRegistry(Collection<Unit> units) {
    Map<String, Unit> codes = new LinkedHashMap<>();
    Map<String, List<Unit>> children = new LinkedHashMap<>();
    for (Unit unit : units) {
      if (codes.putIfAbsent(unit.code(), unit) != null) {
        throw new IllegalArgumentException("duplicate unit code " + unit.code());
      }
      if (!unit.isRoot()) {
        children.computeIfAbsent(unit.parentCode(), parent -> new ArrayList<>()).add(unit);
      }
    }
    for (Unit unit : units) {
      if (!unit.isRoot() && !codes.containsKey(unit.parentCode())) {
        throw new IllegalArgumentException(
            "unit " + unit.code() + " names unknown parent " + unit.parentCode());
      }
    }
    this.byCode = Collections.unmodifiableMap(codes);
    children.replaceAll((parent, list) -> List.copyOf(list));
    this.childrenByParent = Collections.unmodifiableMap(children);
  }

  public Optional<Unit> find(String code) {
    return Optional.ofNullable(code).map(byCode::get);
  }

  public Collection<Unit> all() {
    return byCode.values();
  }

  public List<Unit> children(String code) {
    return childrenByParent.getOrDefault(code, List.of());
  }

  /** The unit's ancestors, nearest first; empty for a root or an unknown code. */
  public List<Unit> ancestors(String code) {
    List<Unit> chain = new ArrayList<>();
    Unit current = byCode.get(code);
    while (current != null && !current.isRoot()) {
      current = byCode.get(current.parentCode());
      chain.add(current);
    }
    return chain;
  }

  /** The unit and everything below it, the unit first; empty for an unknown code. */
  public List<Unit> subtree(String code) {
    List<Unit> out = new ArrayList<>();
    Unit root = byCode.get(code);
    if (root == null) {
      return out;
    }
    java.util.ArrayDeque<Unit> pending = new java.util.ArrayDeque<>(List.of(root));
    while (!pending.isEmpty()) {
      Unit unit = pending.removeFirst();
      out.add(unit);
      pending.addAll(children(unit.code()));
    }
    return out;
  }

  /** True when {@code code} is {@code root} or lies below it. */
  public boolean isWithin(String code, String root) {
    if (code.equals(root)) {
      return byCode.containsKey(code);
    }
    return ancestors(code).stream().anyMatch(unit -> unit.code().equals(root));
  }
}
