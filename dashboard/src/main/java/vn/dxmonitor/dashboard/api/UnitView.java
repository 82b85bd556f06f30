package vn.dxmonitor.dashboard.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.dxmonitor.model.unit.Unit;

/**
 * A unit as the API shows it.
 *
 * @param level the level's lower-case id, e.g. {@code commune}
 * @param parent the parent's code; null for a province
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record UnitView(String code, String name, String level, String parent) {

  public static UnitView of(Unit unit) {
    return new UnitView(unit.code(), unit.name(), unit.level().id(), unit.parentCode());
  }
}
