package vn.dxmonitor.dashboard.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.dxmonitor.dashboard.security.Viewer;
import vn.dxmonitor.dashboard.security.Viewers;

/**
 * Lets only administrators — a signed-in administrator or an administrator key — change the
 * catalog, manage accounts, freeze rankings or read the audit trail and the accounts; reading
 * indicators, plans and units is open to every viewer. The administrator is recorded as the actor
 * of the change.
 */
public final class AdminKeyGuard implements HandlerInterceptor {

  static final String ACTOR = AdminKeyGuard.class.getName() + ".actor";

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    boolean reading =
        HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
    String path = request.getRequestURI();
    if (reading && !path.startsWith("/api/v1/audit") && !path.startsWith("/api/v1/accounts")) {
      return true;
    }
    Viewer viewer =
        Viewers.current()
            .orElseThrow(
                () ->
                    new UnauthorizedException(
                        false,
                        "sign in as an administrator, or send an administrator key as"
                            + " 'Authorization: Bearer <key>'"));
    if (!viewer.isAdmin()) {
      throw new UnauthorizedException(
          true, viewer.actor() + " is a " + viewer.role().id() + "; this needs an administrator");
    }
    request.setAttribute(ACTOR, viewer.actor());
    return true;
  }
}
