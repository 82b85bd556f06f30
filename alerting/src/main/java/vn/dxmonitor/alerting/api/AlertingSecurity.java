package vn.dxmonitor.alerting.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;
import vn.dxmonitor.runtime.web.Problem;
import vn.dxmonitor.runtime.web.ServiceSecurity;

/**
 * The alerting API's filter chain: its own paths, each needing a working operator, administrator or
 * source key (what the key may then do, {@link OperatorAccess} decides).
 */
@Configuration(proxyBeanMethods = false)
public class AlertingSecurity {

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE + 20)
  SecurityFilterChain alertingApiSecurity(HttpSecurity http, ApiKeyRegistry keys) throws Exception {
    return ServiceSecurity.keyApi(
        http,
        keys,
        presented -> {
          AlertingApiException refused = OperatorAccess.refused(presented);
          return Problem.of(refused.code(), refused.getMessage());
        },
        "/api/v1/alerts/**",
        "/api/v1/silences/**",
        "/api/v1/rules/**",
        "/api/v1/receivers/**");
  }
}
