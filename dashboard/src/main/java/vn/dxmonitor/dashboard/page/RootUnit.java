package vn.dxmonitor.dashboard.page;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitRegistry;

/** The unit a page is about: the one asked for, else the registry's first province. */
public final class RootUnit {

  private RootUnit() {}

  public static Unit find(String code, UnitRegistry units) {
    if (code == null || code.isBlank()) {
      return units.all().stream()
          .filter(Unit::isRoot)
          .findFirst()
          .orElseThrow(
              () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "the registry has no unit"));
    }
    return units
        .find(code)
        .orElseThrow(
            () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no unit with code " + code));
  }
}
