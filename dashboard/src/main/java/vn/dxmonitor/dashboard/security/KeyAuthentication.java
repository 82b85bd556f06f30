package vn.dxmonitor.dashboard.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import vn.dxmonitor.runtime.keys.ApiKey;

/** A request authenticated by an API key in its {@code Authorization} header. */
final class KeyAuthentication extends AbstractAuthenticationToken {

  private final transient KeyPrincipal principal;

  KeyAuthentication(ApiKey key) {
    super(List.of(new SimpleGrantedAuthority(Roles.authority(Roles.of(key.role())))));
    this.principal =
        new KeyPrincipal(
            new Viewer(key.source(), Roles.of(key.role()), key.units(), "key:" + key.id()));
    setAuthenticated(true);
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
