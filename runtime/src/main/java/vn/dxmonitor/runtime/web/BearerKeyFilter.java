package vn.dxmonitor.runtime.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.function.Function;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dxmonitor.runtime.keys.ApiKey;

/**
 * Authenticates a request that carries a working API key, for that request only. Any other request
 * — no key, another scheme, an unknown or revoked key — goes on unauthenticated and is refused like
 * one with no credentials at all; what it presented is left on the request ({@link #presented}) for
 * the entry point to name in its refusal.
 */
public final class BearerKeyFilter extends OncePerRequestFilter {

  private static final String PRESENTED = BearerKeyFilter.class.getName() + ".presented";

  private final BearerKeys keys;
  private final Function<ApiKey, Collection<? extends GrantedAuthority>> authorities;

  /**
   * @param authorities the authorities a working key is granted, as the service names its roles
   */
  public BearerKeyFilter(
      BearerKeys keys, Function<ApiKey, Collection<? extends GrantedAuthority>> authorities) {
    this.keys = keys;
    this.authorities = authorities;
  }

  /** What the request presented, as this filter read it. */
  public static PresentedKey presented(HttpServletRequest request) {
    return request.getAttribute(PRESENTED) instanceof PresentedKey presented
        ? presented
        : new PresentedKey(PresentedKey.Kind.MISSING, null);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    PresentedKey presented = keys.read(request);
    request.setAttribute(PRESENTED, presented);
    presented
        .working()
        .ifPresent(
            key -> {
              SecurityContext context = SecurityContextHolder.createEmptyContext();
              context.setAuthentication(new KeyAuthentication(key, authorities.apply(key)));
              SecurityContextHolder.setContext(context);
            });
    chain.doFilter(request, response);
  }
}
