package vn.dxmonitor.dashboard.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.dxmonitor.runtime.keys.ApiKey;

/** A request authenticated by an API key in its {@code Authorization} header. */
final class KeyAuthentication extends AbstractAuthenticationToken {

  private final transient KeyPrincipal principal;
  private final String keyId;

  KeyAuthentication(ApiKey key) {
    super(List.of(new SimpleGrantedAuthority(Roles.authority(Roles.of(key.role())))));
    this.keyId = key.id();
    this.principal =
        new KeyPrincipal(
            new Viewer(key.source(), Roles.of(key.role()), key.units(), "key:" + key.id()));
    setAuthenticated(true);
  }

  /** Whether the request being served was authenticated by a working API key. */
  static boolean isCurrent() {
    return SecurityContextHolder.getContext().getAuthentication() instanceof KeyAuthentication;
  }

  String keyId() {
    return keyId;
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public Object getPrincipal() {
    return principal;
  }

  @Override
  public String getName() {
    return principal.viewer().actor();
  }

  private record KeyPrincipal(Viewer viewer) implements ViewerPrincipal {}
}
