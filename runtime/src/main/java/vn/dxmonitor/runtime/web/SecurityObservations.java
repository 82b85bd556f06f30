package vn.dxmonitor.runtime.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * Spring Security's own observations are off in every service that has its filter chains: each
 * request would otherwise pass through a dozen observed filters, each counting two events on a
 * meter looked up anew (see {@code META-INF/dx/security-defaults.properties}). A default, below
 * application properties and the environment, so an operator who traces the chains can turn them
 * back on.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(
    name = "org.springframework.security.config.annotation.web.builders.HttpSecurity")
@PropertySource("classpath:META-INF/dx/security-defaults.properties")
public class SecurityObservations {}
