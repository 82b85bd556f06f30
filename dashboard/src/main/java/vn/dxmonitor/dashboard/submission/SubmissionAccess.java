package vn.dxmonitor.dashboard.submission;

import java.time.LocalDate;
import java.util.List;
import vn.dxmonitor.dashboard.api.RequestedUnit;
import vn.dxmonitor.dashboard.security.UnitScope;
import vn.dxmonitor.dashboard.security.Viewer;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.runtime.access.Action;
import vn.dxmonitor.runtime.access.Permissions;
import vn.dxmonitor.runtime.access.Scopes;

/**
 * Who may do what to a unit's figures, checked on the unit itself: anyone who sees the unit reads
 * its form; its reporters (and administrators reaching it) save and submit; a verifier reaching it
 * from above — a provincial office checks its communes and departments, never its own unit's
 * figures — returns or accepts. A unit the viewer does not see is answered as one that does not
 * exist.
 */
public final class SubmissionAccess {

  private final CatalogSource source;
  private final UnitScope scope;

  public SubmissionAccess(CatalogSource source, UnitScope scope) {
    this.source = source;
    this.scope = scope;
  }

  /** The unit, as long as the viewer sees it. */
  public Unit read(Viewer viewer, String code, LocalDate day) {
    return RequestedUnit.require(source.units(), scope, viewer, code, day);
  }

  /** The unit, as long as the viewer may enter and submit its figures. */
  public Unit report(Viewer viewer, String code, LocalDate day) {
    require(viewer, Action.SUBMIT_FIGURES);
    return read(viewer, code, day);
  }

  /** The unit, as long as the viewer may return or accept its figures. */
  public Unit verify(Viewer viewer, String code, LocalDate day) {
    require(viewer, Action.VERIFY_FIGURES);
    Unit unit = read(viewer, code, day);
    List<String> roots = Scopes.roots(viewer, source.units(), day);
    if (!viewer.national() && roots.contains(unit.code())) {
      throw new NotPermittedException(
          "a verifier checks the figures of the units below its own, not of "
              + unit.code()
              + " itself");
    }
    return unit;
  }

  /**
   * Refuses a viewer whose role may never take {@code action}: checked first, so such a role is
   * told so whatever unit or figure it names.
   */
  public static void require(Viewer viewer, Action action) {
    Permissions.refusal(viewer, action)
        .ifPresent(
            why -> {
              throw new NotPermittedException(why);
            });
  }
}
