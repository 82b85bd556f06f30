package vn.dxmonitor.dashboard.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/**
 * Who made a change, for the audit trail: the administrator key that made it, the signed-in
 * principal, or where the request came from.
 */
public final class Actors {

  private Actors() {}

  public static String of(HttpServletRequest request) {
    Object key = request.getAttribute(AdminKeyGuard.ACTOR);
    if (key != null) {
      return key.toString();
    }
    Principal principal = request.getUserPrincipal();
    if (principal != null) {
      return principal.getName();
    }
    return "anonymous@" + request.getRemoteAddr();
  }
}
