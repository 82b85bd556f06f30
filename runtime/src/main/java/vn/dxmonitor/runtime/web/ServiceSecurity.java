package vn.dxmonitor.runtime.web;

import jakarta.servlet.DispatcherType;
import java.util.List;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;

/**
 * The parts every service's filter chain is built from. {@link #keyApi}: the chain of an API that
 * only API keys call — ingest's, alerting's — built the same way for each: it matches the service's
 * own paths and nothing else, so no service needs to know another's; a working bearer key
 * authenticates the request, anything else is refused with the service's own problem detail. Spring
 * Security's firewall has refused or normalised the path before any chain is chosen (encoded dots
 * and slashes, {@code ;} parameters, {@code //}), and the paths are matched decoded, as Spring MVC
 * matches them, so {@code /api/v1/%61lerts} is {@code /api/v1/alerts} to both.
 *
 * <p>What a key may do once let in is decided where the service acts, with {@code
 * runtime.access.Scopes}; the chain only makes sure there is a working key.
 */
public final class ServiceSecurity {

  private ServiceSecurity() {}

  /** How a service words its refusal of a request that brought no working key. */
  @FunctionalInterface
  public interface Refusal {

    Problem unauthenticated(PresentedKey presented);
  }

  /**
   * @param paths the service's own path patterns, e.g. {@code /api/v1/alerts/**}
   */
  public static SecurityFilterChain keyApi(
      HttpSecurity http, ApiKeyRegistry keys, Refusal refusal, String... paths) throws Exception {
    return http.securityMatcher(paths)
        .addFilterBefore(
            new BearerKeyFilter(
                new BearerKeys(keys),
                key -> List.of(new SimpleGrantedAuthority("KEY_" + key.role().name()))),
            AnonymousAuthenticationFilter.class)
        // Only a bearer key authenticates here: no session to ride, no form to forge
        .sessionManagement(
            sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .httpBasic(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .authorizeHttpRequests(
            requests ->
                requests
                    .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .exceptionHandling(
            errors ->
                errors.authenticationEntryPoint(
                    (request, response, reason) ->
                        refusal
                            .unauthenticated(BearerKeyFilter.presented(request))
                            .write(response)))
        .build();
  }

  /**
   * A chain that lets every request to {@code paths} through: what holds no service's data and is
   * open wherever it is served (health and metrics for the orchestrator, the API's description).
   */
  public static SecurityFilterChain open(HttpSecurity http, String... paths) throws Exception {
    return http.securityMatcher(paths)
        .sessionManagement(
            sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .build();
  }
}
