package vn.dxmonitor.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import vn.dxmonitor.runtime.web.ServiceSecurity;

/**
 * The paths that belong to no one service when all of them share one port: health and metrics, and
 * the API's description. They are open, as they are where ingest or alerting runs alone; each
 * service's own chain claims its own paths, and the dashboard's takes whatever is left.
 */
@Configuration(proxyBeanMethods = false)
public class SharedPathsSecurity {

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  SecurityFilterChain sharedPathsChain(HttpSecurity http) throws Exception {
    return ServiceSecurity.open(http, "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**");
  }
}
