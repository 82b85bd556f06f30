package vn.dxmonitor.dashboard.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dxmonitor.dashboard.security.Viewer;
import vn.dxmonitor.dashboard.security.Viewers;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.unit.CodeResolution;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.runtime.access.Action;
import vn.dxmonitor.runtime.access.OutsideScopeException;
import vn.dxmonitor.runtime.access.Permissions;
import vn.dxmonitor.runtime.access.Scopes;

/**
 * Who may administer what, asked by each administrative endpoint about the resource it changes or
 * shows — never decided from the request's path, which a client can spell many ways.
 *
 * <ul>
 *   <li>Every administrative action needs an administrator: a signed-in one or an administrator
 *       key.
 *   <li>The country's own entries — indicators, the official unit lists and reorganisations — are
 *       changed only by an administrator of the whole country.
 *   <li>Anything that belongs to units — a plan, an account, an audit entry — is reached only by an
 *       administrator whose units reach all of them ({@link Scopes}).
 * </ul>
 */
@Component
public class Administrators {

  private final CatalogSource source;
  private final Clock clock;

  public Administrators(CatalogSource source, Clock clock) {
    this.source = source;
    this.clock = clock;
  }

  /** The administrator making the request: 401 without a viewer, 403 for one of another role. */
  public Viewer require() {
    Viewer viewer =
        Viewers.current()
            .orElseThrow(
                () ->
                    new UnauthorizedException(
                        false,
                        "sign in as an administrator, or send an administrator key as"
                            + " 'Authorization: Bearer <key>'"));
    if (!Permissions.allows(viewer, Action.ADMINISTER)) {
      throw new UnauthorizedException(
          true, viewer.actor() + " is a " + viewer.role().id() + "; this needs an administrator");
    }
    return viewer;
  }

  /** An administrator of the whole country, for the country's own entries. */
  public Viewer requireNational(String what) {
    Viewer admin = require();
    if (!Permissions.allows(admin, Action.ADMINISTER_COUNTRY)) {
      throw new OutsideScopeException(
          new Scopes.Refusal(
              "",
              admin.actor()
                  + " administers units "
                  + admin.units()
                  + "; "
                  + what
                  + " belong to the whole country and need an administrator of it"));
    }
    return admin;
  }

  /**
   * An administrator whose units reach every one of {@code units}, codes of any date; a thing of no
   * units is the country's.
   *
   * @param field the request's field that names the units, for the refusal
   */
  public Viewer requireOver(Collection<String> units, String field) {
    Viewer admin = require();
    units = units == null ? List.of() : units;
    if (!reachesAll(admin, units)) {
      throw new OutsideScopeException(
          new Scopes.Refusal(
              field,
              units.isEmpty()
                  ? "it concerns the whole country; only an administrator of it may change it"
                  : "units " + units + " are not all within your own units " + admin.units()));
    }
    return admin;
  }

  /**
   * Whether the administrator reaches every one of the units, each read as it is today: a code the
   * 2025 reform retired counts as the unit it became.
   */
  public boolean reachesAll(Viewer admin, Collection<String> units) {
    if (admin.national()) {
      return true;
    }
    if (units == null) {
      return false;
    }
    LocalDate today = VietnamTime.dateOf(clock.instant());
    UnitHistory history = source.units();
    List<String> current =
        units.stream()
            .map(
                code ->
                    history.resolve(code, today) instanceof CodeResolution.Resolved resolved
                        ? resolved.unit().code()
                        : code)
            .toList();
    return Scopes.reachesAll(admin, current, history, today);
  }
}
