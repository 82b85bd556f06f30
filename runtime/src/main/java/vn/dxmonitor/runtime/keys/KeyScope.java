package vn.dxmonitor.runtime.keys;

import java.time.LocalDate;
import vn.dxmonitor.model.unit.CodeResolution;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.unit.UnitRegistry;

/**
 * Whether a key may report for a unit on a day. The key's codes are read as they were on that day,
 * the same way as the event's: a commune key issued before the 2025 reform keeps working for the
 * commune its commune merged into, and a province key covers whatever lay below the province then.
 */
public final class KeyScope {

  private KeyScope() {}

  /**
   * @param unit the event's unit code, already resolved at {@code day}
   */
  public static boolean permits(ApiKey key, String unit, LocalDate day, UnitHistory history) {
    if (key.isAdmin()) {
      return true;
    }
    UnitRegistry tree = history.at(day);
    for (String code : key.units()) {
      CodeResolution resolution = history.resolve(code, day);
      if (resolution instanceof CodeResolution.Resolved resolved
          && tree.isWithin(unit, resolved.unit().code())) {
        return true;
      }
    }
    return false;
  }
}
