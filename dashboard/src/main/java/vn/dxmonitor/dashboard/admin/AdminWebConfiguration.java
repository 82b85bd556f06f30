package vn.dxmonitor.dashboard.admin;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the administrator guard in front of the admin API. */
@Configuration(proxyBeanMethods = false)
public class AdminWebConfiguration implements WebMvcConfigurer {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(new AdminKeyGuard())
        .addPathPatterns(
            "/api/v1/indicators/**",
            "/api/v1/plans/**",
            "/api/v1/units/**",
            "/api/v1/audit/**",
            "/api/v1/accounts/**",
            "/api/v1/accounts",
            "/api/v1/rankings/freezes",
            "/api/v1/indicators",
            "/api/v1/plans",
            "/api/v1/units",
            "/api/v1/audit");
  }
}
