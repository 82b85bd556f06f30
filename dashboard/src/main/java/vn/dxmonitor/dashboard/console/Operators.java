package vn.dxmonitor.dashboard.console;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import vn.dxmonitor.dashboard.security.Viewer;
import vn.dxmonitor.dashboard.security.Viewers;
import vn.dxmonitor.runtime.access.Action;
import vn.dxmonitor.runtime.access.Permissions;

/** The console is for those who work alerts: operators and administrators, not leaders. */
final class Operators {

  private Operators() {}

  static Viewer require() {
    Viewer viewer = Viewers.require();
    if (!Permissions.allows(viewer, Action.WORK_ALERTS)) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "the alert console is for operators and administrators");
    }
    return viewer;
  }
}
