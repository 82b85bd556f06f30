package vn.dxmonitor.dashboard.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/**
 * Who made a change, for the audit trail: the signed-in principal, or where the request came from
 * while the API is open (sign-in arrives with the console's roles).
 */
final class Actors {

  private Actors() {}

  static String of(HttpServletRequest request) {
    Principal principal = request.getUserPrincipal();
    if (principal != null) {
      return principal.getName();
    }
    return "anonymous@" + request.getRemoteAddr();
  }
}
