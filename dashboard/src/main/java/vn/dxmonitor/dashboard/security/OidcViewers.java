package vn.dxmonitor.dashboard.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import vn.dxmonitor.runtime.access.Permissions;
import vn.dxmonitor.runtime.accounts.AccountRole;

/**
 * Signs a person in through an OpenID Connect provider: the role and the units come from claims of
 * the provider's token ({@code dx.security.oidc.role-claim} and {@code units-claim}), so the
 * provider, not the dashboard, decides who sees what. A token without a known role is refused.
 */
public class OidcViewers extends OidcUserService {

  private final SignInProperties.Oidc claims;

  public OidcViewers(SignInProperties.Oidc claims) {
    this.claims = claims;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser user = super.loadUser(request);
    Viewer viewer = viewerOf(user.getClaims(), claims);
    return new ViewerOidcUser(user, viewer);
  }

  /** The viewer the claims describe; refused when the role claim is missing or unknown. */
  static Viewer viewerOf(Map<String, Object> claimed, SignInProperties.Oidc claims) {
    Object role = claimed.get(claims.roleClaim());
    AccountRole known =
        AccountRole.fromId(role == null ? null : role.toString())
            .orElseThrow(
                () ->
                    new OAuth2AuthenticationException(
                        new OAuth2Error(
                            "invalid_role",
                            "claim '"
                                + claims.roleClaim()
                                + "' must be leader, reporter, verifier, operator or admin, but was "
                                + role,
                            null)));
    List<String> units = units(claimed.get(claims.unitsClaim()));
    if (!Permissions.mayBeNational(known.rank()) && units.isEmpty()) {
      throw new OAuth2AuthenticationException(
          new OAuth2Error(
              "invalid_units",
              "claim '" + claims.unitsClaim() + "' must list the units a " + known.id() + " sees",
              null));
    }
    Object name = claimed.getOrDefault("name", claimed.get("sub"));
    return new Viewer(String.valueOf(name), known, units, "oidc:" + claimed.get("sub"));
  }

  private static List<String> units(Object claim) {
    if (claim instanceof Collection<?> values) {
      return values.stream().map(String::valueOf).map(String::trim).toList();
    }
    if (claim instanceof String text && !text.isBlank()) {
      return List.of(text.trim().split("\\s*[, ]\\s*"));
    }
    return List.of();
  }

  private static final class ViewerOidcUser extends DefaultOidcUser implements ViewerPrincipal {

    private final transient Viewer viewer;

    ViewerOidcUser(OidcUser user, Viewer viewer) {
      super(
          List.of(new SimpleGrantedAuthority(Roles.authority(viewer.role()))),
          user.getIdToken(),
          user.getUserInfo());
      this.viewer = viewer;
    }

    @Override
    public Viewer viewer() {
      return viewer;
    }
  }
}
