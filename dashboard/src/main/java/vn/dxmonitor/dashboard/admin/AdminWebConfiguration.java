package vn.dxmonitor.dashboard.admin;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;

/** Puts the administrator-key guard in front of the catalog's admin API. */
@Configuration(proxyBeanMethods = false)
public class AdminWebConfiguration implements WebMvcConfigurer {

  private final ApiKeyRegistry keys;

  public AdminWebConfiguration(ApiKeyRegistry keys) {
    this.keys = keys;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(new AdminKeyGuard(keys))
        .addPathPatterns(
            "/api/v1/indicators/**",
            "/api/v1/plans/**",
            "/api/v1/units/**",
            "/api/v1/audit/**",
            "/api/v1/rankings/freezes",
            "/api/v1/indicators",
            "/api/v1/plans",
            "/api/v1/units",
            "/api/v1/audit");
  }
}
