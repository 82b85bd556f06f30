package vn.dxmonitor.dashboard.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import vn.dxmonitor.model.unit.UnitVersion;

/**
 * A unit as it was on the date asked.
 *
 * @param level the level's lower-case id, e.g. {@code commune}
 * @param parent the parent's code; null for a province
 * @param type the statistics office's type, e.g. {@code Phường}
 * @param validFrom the first day of this version; null when it predates the registry
 * @param validTo the day this version ended (exclusive); null while it stands
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record UnitView(
    String code,
    String name,
    String level,
    String parent,
    String type,
    LocalDate validFrom,
    LocalDate validTo) {

  static UnitView of(UnitVersion version) {
    return new UnitView(
        version.unit().code(),
        version.unit().name(),
        version.unit().level().id(),
        version.unit().parentCode(),
        version.type(),
        version.validFrom(),
        version.validTo());
  }
}
