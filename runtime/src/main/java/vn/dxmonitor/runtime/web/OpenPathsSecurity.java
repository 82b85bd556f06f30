package vn.dxmonitor.runtime.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The paths that belong to no one service and are open wherever they are served: health and metrics
 * for the orchestrator and Prometheus, and the API's description. First of every chain, in each
 * service alone and in the platform where all share one port; each service's own chain claims its
 * own paths, and the dashboard's takes whatever is left. Without this, the dashboard's sign-in
 * would claim {@code /actuator/health} and no orchestrator could tell that it runs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(
    name = "org.springframework.security.config.annotation.web.builders.HttpSecurity")
public class OpenPathsSecurity {

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  SecurityFilterChain openPathsChain(HttpSecurity http) throws Exception {
    return ServiceSecurity.open(http, "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**");
  }
}
