package vn.dxmonitor.dashboard.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * The paths of the services that share the dashboard's port when every service runs in one JVM.
 * They check API keys themselves and are left to do so; every other path is the dashboard's and is
 * behind sign-in unless it is listed as open.
 */
final class OtherServicePaths {

  private static final List<String> PREFIXES =
      List.of(
          "/api/v1/events",
          "/api/v1/reports",
          "/api/v1/keys",
          "/api/v1/alerts",
          "/api/v1/silences",
          "/api/v1/rules",
          "/api/v1/receivers",
          "/actuator",
          "/swagger-ui",
          "/v3/api-docs");

  private OtherServicePaths() {}

  static boolean owns(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    for (String prefix : PREFIXES) {
      if (path.equals(prefix) || path.startsWith(prefix + "/")) {
        return true;
      }
    }
    return false;
  }
}
