package vn.dxmonitor.dashboard.console;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import vn.dxmonitor.dashboard.security.Viewer;
import vn.dxmonitor.dashboard.security.Viewers;

/** The console is for those who work alerts: operators and administrators, not leaders. */
final class Operators {

  private Operators() {}

  static Viewer require() {
    Viewer viewer = Viewers.require();
    if (!viewer.worksAlerts()) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "the alert console is for operators and administrators");
    }
    return viewer;
  }
}
