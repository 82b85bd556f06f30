package vn.dxmonitor.runtime.web;

import java.util.Collection;
import java.util.Optional;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.dxmonitor.runtime.access.Scoped;
import vn.dxmonitor.runtime.keys.ApiKey;

/**
 * A request authenticated by a working API key, for that request only. Its principal is the key
 * itself, a {@link Scoped} principal, so that the scope checks of every service read it the same
 * way.
 */
public final class KeyAuthentication extends AbstractAuthenticationToken {

  private final transient ApiKey key;

  public KeyAuthentication(ApiKey key, Collection<? extends GrantedAuthority> authorities) {
    super(authorities);
    this.key = key;
    setAuthenticated(true);
  }

  /** The key of the request being served, when a working key authenticated it. */
  public static Optional<ApiKey> current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication instanceof KeyAuthentication working
        ? Optional.of(working.key)
        : Optional.empty();
  }

  public ApiKey key() {
    return key;
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public Scoped getPrincipal() {
    return key;
  }

  @Override
  public String getName() {
    return "key:" + key.id();
  }
}
