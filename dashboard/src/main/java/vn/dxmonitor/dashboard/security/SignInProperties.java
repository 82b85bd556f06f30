package vn.dxmonitor.dashboard.security;

import jakarta.validation.constraints.NotBlank;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How people sign in to the dashboard.
 *
 * @param adminPasswordFile where the password of the administrator account {@code admin} is kept; a
 *     new random one is written there when the file is empty or absent. Unset: no such account is
 *     made.
 * @param oidc how an OpenID Connect provider's claims map onto roles and units, once a provider is
 *     configured under {@code spring.security.oauth2.client}
 * @param login how failed sign-ins with a password are throttled
 */
@Validated
@ConfigurationProperties("dx.security")
public record SignInProperties(
    Path adminPasswordFile, @DefaultValue Oidc oidc, @DefaultValue LoginThrottleProperties login) {

  /**
   * @param roleClaim the ID token claim naming the role: {@code leader}, {@code operator} or {@code
   *     admin}
   * @param unitsClaim the claim listing the unit codes whose subtrees the person sees
   */
  public record Oidc(
      @DefaultValue("dx_role") @NotBlank String roleClaim,
      @DefaultValue("dx_units") @NotBlank String unitsClaim) {}
}
