package vn.dxmonitor.dashboard.security;

import java.util.List;
import vn.dxmonitor.runtime.access.Action;
import vn.dxmonitor.runtime.access.Permissions;
import vn.dxmonitor.runtime.access.Rank;
import vn.dxmonitor.runtime.access.Scoped;
import vn.dxmonitor.runtime.accounts.AccountRole;

/**
 * Who is reading: a signed-in person or an API key, with what it may do and the unit subtrees it
 * sees.
 *
 * @param actor how changes it makes are recorded: {@code user:<name>} or {@code key:<id>}
 * @param units the roots of the subtrees it sees, as given; empty for the whole country
 */
public record Viewer(String name, AccountRole role, List<String> units, String actor)
    implements Scoped {

  public Viewer {
    units = units == null ? List.of() : List.copyOf(units);
  }

  /** Whether it works alerts, as {@link Permissions} decides; the pages' navigation asks. */
  public boolean worksAlerts() {
    return Permissions.allows(this, Action.WORK_ALERTS);
  }

  /** Whether it enters its units' periodic figures; the pages' navigation asks. */
  public boolean reportsFigures() {
    return Permissions.allows(this, Action.SUBMIT_FIGURES);
  }

  /** Whether it verifies the figures of the units below its own; the navigation asks. */
  public boolean verifiesFigures() {
    return Permissions.allows(this, Action.VERIFY_FIGURES);
  }

  /** An administrator without units sees every unit in the country. */
  public boolean seesEverything() {
    return national();
  }

  @Override
  public Rank rank() {
    return role.rank();
  }
}
