package vn.dxmonitor.dashboard.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;
import vn.dxmonitor.runtime.web.BearerKeyFilter;
import vn.dxmonitor.runtime.web.BearerKeys;
import vn.dxmonitor.runtime.web.KeyAuthentication;

/**
 * Sign-in for the dashboard: pages need a session (a form login, or OpenID Connect once a provider
 * is configured), the API a session or an API key. What a viewer may then see is decided by {@link
 * UnitScope} where the data is read; what it may change, by its role where the change is made.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInProperties.class)
public class SecurityConfiguration {

  public static final String LOGIN = "/login";

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BoundedPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
  }

  /** Sign-in successes and failures as events, which {@link LoginAttempts} counts. */
  @Bean
  AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
    return new DefaultAuthenticationEventPublisher(events);
  }

  /**
   * Last of the chains: the services sharing the dashboard's port in the platform claim their own
   * paths in chains of their own, ordered before this one, and the dashboard — the front door —
   * takes every path no one else claimed, behind sign-in unless it is listed as open here.
   */
  @Bean
  @Order(Ordered.LOWEST_PRECEDENCE)
  SecurityFilterChain dashboardSecurity(
      HttpSecurity http,
      ApiKeyRegistry keys,
      StillSignedIn stillSignedIn,
      LoginAttempts loginAttempts,
      SignInProperties properties,
      ObjectProvider<ClientRegistrationRepository> providers)
      throws Exception {
    // Before the CSRF check, so that it can tell a request that carries a working key
    http.addFilterBefore(
            new BearerKeyFilter(
                new BearerKeys(keys),
                key -> List.of(new SimpleGrantedAuthority(Roles.authority(Roles.of(key.role()))))),
            CsrfFilter.class)
        .addFilterAfter(
            new SignedOutAccountFilter(stillSignedIn), SecurityContextHolderFilter.class)
        .addFilterBefore(
            new LoginThrottleFilter(loginAttempts), UsernamePasswordAuthenticationFilter.class)
        .authorizeHttpRequests(
            requests ->
                requests
                    .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
                    .permitAll()
                    .requestMatchers(
                        LOGIN, "/error", "/dashboard/**", "/webjars/**", "/favicon.ico")
                    .permitAll()
                    // The API's description is as open as the API's own sign-in: it holds no data
                    .requestMatchers(
                        "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        // Only a page is kept to return to after sign-in: an API request refused for want of a key
        // must not make a session for whoever sent it
        .requestCache(cache -> cache.requestCache(pagesOnly()))
        .formLogin(form -> form.loginPage(LOGIN).defaultSuccessUrl("/", false))
        .logout(logout -> logout.logoutSuccessUrl(LOGIN + "?logout"))
        // Only a session cookie can be ridden by a forged form: a request authenticated by a
        // working key, or an API request without a session, is let in or refused on its own
        // credentials. Any other Authorization header — a made-up key beside a session cookie —
        // does not spare a request the check.
        .csrf(
            csrf ->
                csrf.ignoringRequestMatchers(
                    request ->
                        KeyAuthentication.current().isPresent()
                            || (isApi(request) && request.getRequestedSessionId() == null)))
        .exceptionHandling(
            errors ->
                errors.defaultAuthenticationEntryPointFor(
                    new ProblemEntryPoint(), SecurityConfiguration::isApi));
    if (providers.getIfAvailable() != null) {
      http.oauth2Login(
          oidc ->
              oidc.loginPage(LOGIN)
                  .userInfoEndpoint(
                      endpoint -> endpoint.oidcUserService(new OidcViewers(properties.oidc()))));
    }
    return http.build();
  }

  private static RequestCache pagesOnly() {
    HttpSessionRequestCache pages = new HttpSessionRequestCache();
    pages.setRequestMatcher(
        request -> HttpMethod.GET.matches(request.getMethod()) && !isApi(request));
    return pages;
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith("/api/");
  }
}
