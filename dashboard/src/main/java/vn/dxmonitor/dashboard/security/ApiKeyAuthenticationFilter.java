package vn.dxmonitor.dashboard.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dxmonitor.runtime.keys.ApiKey;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;
import vn.dxmonitor.runtime.keys.BearerToken;

/**
 * Authenticates a request that carries an API key, for that request only. An unknown or revoked key
 * leaves the request unauthenticated, so it is refused like one with no credentials at all.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

  private final ApiKeyRegistry keys;

  ApiKeyAuthenticationFilter(ApiKeyRegistry keys) {
    this.keys = keys;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<ApiKey> key =
        BearerToken.of(request.getHeader(HttpHeaders.AUTHORIZATION)).flatMap(keys::authenticate);
    if (key.isPresent()) {
      SecurityContext context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(new KeyAuthentication(key.get()));
      SecurityContextHolder.setContext(context);
    }
    chain.doFilter(request, response);
  }
}
