package vn.dxmonitor.dashboard.api;

import java.time.LocalDate;
import vn.dxmonitor.dashboard.security.UnitScope;
import vn.dxmonitor.dashboard.security.Viewer;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitHistory;

/** The unit a read API request names in its {@code unit} parameter. */
public final class RequestedUnit {

  private RequestedUnit() {}

  /**
   * The unit {@code code} names on {@code day}; one the viewer does not see is answered as one that
   * does not exist, so a scope's edge tells nothing of what lies beyond it.
   */
  public static Unit require(
      UnitHistory units, UnitScope scope, Viewer viewer, String code, LocalDate day) {
    return units
        .at(day)
        .find(code)
        .filter(unit -> scope.seesOn(viewer, unit.code(), day))
        .orElseThrow(
            () ->
                new ApiException(
                    ErrorCode.UNKNOWN_UNIT,
                    "unit",
                    "query parameter 'unit' must be a unit code valid on "
                        + day
                        + ", but was '"
                        + code
                        + "'"));
  }
}
