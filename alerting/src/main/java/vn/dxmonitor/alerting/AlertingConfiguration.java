package vn.dxmonitor.alerting;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/** Loads the alerting module's defaults. */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:META-INF/dx/alerting-defaults.properties")
public class AlertingConfiguration {}
