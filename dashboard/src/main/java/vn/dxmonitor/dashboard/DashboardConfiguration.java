package vn.dxmonitor.dashboard;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import vn.dxmonitor.dashboard.console.ConsoleProperties;
import vn.dxmonitor.dashboard.ranking.RankingProperties;
import vn.dxmonitor.dashboard.settings.DashboardProperties;

/**
 * The dashboard's settings. Its defaults live in a file of its own rather than in {@code
 * application.properties}, so that the platform, which runs every service in one JVM, picks them up
 * without any service's defaults shadowing another's.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({
  DashboardProperties.class,
  RankingProperties.class,
  ConsoleProperties.class
})
@PropertySource("classpath:META-INF/dx/dashboard-defaults.properties")
public class DashboardConfiguration {}
