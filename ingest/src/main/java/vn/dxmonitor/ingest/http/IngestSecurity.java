package vn.dxmonitor.ingest.http;

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
 * The ingest API's filter chain: its own paths, each needing a working key (what the key may then
 * report, {@link KeyChecks} decides). Keys themselves are administered in the dashboard's admin
 * API, with the rest of administration.
 */
@Configuration(proxyBeanMethods = false)
public class IngestSecurity {

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE + 10)
  SecurityFilterChain ingestApiSecurity(HttpSecurity http, ApiKeyRegistry keys) throws Exception {
    return ServiceSecurity.keyApi(
        http,
        keys,
        presented -> {
          IngestException refused = KeyChecks.refused(presented);
          return Problem.of(refused.code(), refused.getMessage());
        },
        "/api/v1/events/**",
        "/api/v1/reports/**");
  }
}
