package vn.dxmonitor.model.unit;

import java.util.Objects;

/**
 * A unit that reports and is measured: an administrative unit (GSO code), a department or an
 * institution. {@code parentCode} is null for a province.
 */
public record Unit(String code, String name, UnitLevel level, String parentCode) {

  public Unit {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
  }

  public boolean isRoot() {
    return parentCode == null;
  }
}
