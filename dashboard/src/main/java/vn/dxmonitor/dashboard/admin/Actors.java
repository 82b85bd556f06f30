package vn.dxmonitor.dashboard.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import vn.dxmonitor.dashboard.security.Viewer;
import vn.dxmonitor.dashboard.security.Viewers;

/**
 * Who made a change, for the audit trail: the administrator key that made it, the signed-in viewer,
 * or where the request came from.
 */
public final class Actors {

  private Actors() {}

  public static String of(HttpServletRequest request) {
    Object key = request.getAttribute(AdminKeyGuard.ACTOR);
    if (key != null) {
      return key.toString();
    }
    Optional<Viewer> viewer = Viewers.current();
    if (viewer.isPresent()) {
      return viewer.get().actor();
    }
    return "anonymous@" + request.getRemoteAddr();
  }
}
