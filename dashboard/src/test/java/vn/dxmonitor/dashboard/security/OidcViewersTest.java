package vn.dxmonitor.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import vn.dxmonitor.runtime.accounts.AccountRole;

/** The claims of an OpenID Connect provider's token decide the role and the units. */
class OidcViewersTest {

  private static final SignInProperties.Oidc CLAIMS =
      new SignInProperties.Oidc("dx_role", "dx_units");

  @Test
  void aLeaderClaimWithUnitsBecomesALeaderOfThoseUnits() {
    Viewer viewer =
        OidcViewers.viewerOf(
            Map.of(
                "sub",
                "u-17",
                "name",
                "Trần Thị Bình",
                "dx_role",
                "leader",
                "dx_units",
                List.of("52")),
            CLAIMS);

    assertThat(viewer.role()).isEqualTo(AccountRole.LEADER);
    assertThat(viewer.units()).containsExactly("52");
    assertThat(viewer.name()).isEqualTo("Trần Thị Bình");
    assertThat(viewer.actor()).isEqualTo("oidc:u-17");
    assertThat(viewer.seesEverything()).isFalse();
  }

  @Test
  void unitsMayComeAsOneSpaceOrCommaSeparatedClaim() {
    Viewer viewer =
        OidcViewers.viewerOf(
            Map.of("sub", "u-2", "dx_role", "Operator", "dx_units", "21583, 21609"), CLAIMS);

    assertThat(viewer.role()).isEqualTo(AccountRole.OPERATOR);
    assertThat(viewer.units()).containsExactly("21583", "21609");
  }

  @Test
  void anUnknownRoleOrALeaderWithoutUnitsIsRefused() {
    assertThatThrownBy(
            () -> OidcViewers.viewerOf(Map.of("sub", "u-3", "dx_role", "chairman"), CLAIMS))
        .isInstanceOf(OAuth2AuthenticationException.class)
        .hasMessageContaining("dx_role");
    assertThatThrownBy(
            () -> OidcViewers.viewerOf(Map.of("sub", "u-4", "dx_role", "leader"), CLAIMS))
        .isInstanceOf(OAuth2AuthenticationException.class)
        .hasMessageContaining("dx_units");
  }

  @Test
  void anAdministratorWithoutUnitsSeesTheWholeCountry() {
    Viewer viewer = OidcViewers.viewerOf(Map.of("sub", "u-5", "dx_role", "admin"), CLAIMS);

    assertThat(viewer.seesEverything()).isTrue();
  }
}
