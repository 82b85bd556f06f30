package vn.dxmonitor.dashboard.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;

/**
 * Sign-in for the dashboard: pages need a session (a form login, or OpenID Connect once a provider
 * is configured), the API a session or an API key. What a viewer may then see is decided by {@link
 * UnitScope} where the data is read; what it may change, by its role where the change is made.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInProperties.class)
public class SecurityConfiguration {

  static final String LOGIN = "/login";

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  SecurityFilterChain dashboardSecurity(
      HttpSecurity http,
      ApiKeyRegistry keys,
      SignInProperties properties,
      ObjectProvider<ClientRegistrationRepository> providers)
      throws Exception {
    http.securityMatcher(request -> !OtherServicePaths.owns(request))
        .addFilterBefore(
            new ApiKeyAuthenticationFilter(keys), UsernamePasswordAuthenticationFilter.class)
        .authorizeHttpRequests(
            requests ->
                requests
                    .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
                    .permitAll()
                    .requestMatchers(
                        LOGIN, "/error", "/dashboard/**", "/webjars/**", "/favicon.ico")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(form -> form.loginPage(LOGIN).defaultSuccessUrl("/", false))
        .logout(logout -> logout.logoutSuccessUrl(LOGIN + "?logout"))
        // Only a session cookie can be ridden by a forged form: a request with a key, or an API
        // request without a session, is refused or let in on its own credentials.
        .csrf(
            csrf ->
                csrf.ignoringRequestMatchers(
                    request ->
                        request.getHeader(HttpHeaders.AUTHORIZATION) != null
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

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith("/api/");
  }
}
