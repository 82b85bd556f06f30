package vn.dxmonitor.dashboard.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.dxmonitor.runtime.keys.ApiKey;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;
import vn.dxmonitor.runtime.keys.BearerToken;

/**
 * Lets only administrator keys change the catalog or read its audit trail; reading indicators,
 * plans and units stays open like the dashboard itself until sign-in arrives. The key is recorded
 * as the actor of the change.
 */
public final class AdminKeyGuard implements HandlerInterceptor {

  static final String ACTOR = AdminKeyGuard.class.getName() + ".actor";

  private final ApiKeyRegistry keys;

  public AdminKeyGuard(ApiKeyRegistry keys) {
    this.keys = keys;
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    boolean reading =
        HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
    if (reading && !request.getRequestURI().startsWith("/api/v1/audit")) {
      return true;
    }
    String presented =
        BearerToken.of(request.getHeader(HttpHeaders.AUTHORIZATION))
            .orElseThrow(
                () ->
                    new UnauthorizedException(
                        false, "send an administrator key as 'Authorization: Bearer <key>'"));
    ApiKey key =
        keys.authenticate(presented)
            .orElseThrow(() -> new UnauthorizedException(false, "the key is unknown or revoked"));
    if (!key.isAdmin()) {
      throw new UnauthorizedException(
          true,
          "key "
              + key.id()
              + " is a "
              + key.role().id()
              + " key; changing the catalog needs an administrator key");
    }
    request.setAttribute(ACTOR, "key:" + key.id());
    return true;
  }
}
