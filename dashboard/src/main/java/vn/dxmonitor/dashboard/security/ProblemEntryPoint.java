package vn.dxmonitor.dashboard.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import vn.dxmonitor.runtime.json.JsonCodec;

/** An API request without a session or a working key gets a problem detail, not a login page. */
final class ProblemEntryPoint implements AuthenticationEntryPoint {

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException reason)
      throws IOException {
    boolean presented = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", "Sign-in required");
    problem.put("status", HttpStatus.UNAUTHORIZED.value());
    problem.put(
        "detail",
        presented
            ? "the key is unknown or revoked"
            : "sign in, or send an API key as 'Authorization: Bearer <key>'");
    problem.put("instance", request.getRequestURI());
    problem.put("code", presented ? "invalid-api-key" : "missing-api-key");
    response.setStatus(HttpStatus.UNAUTHORIZED.value());
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"dx-monitor\"");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getOutputStream().write(JsonCodec.write(problem));
  }
}
