package vn.dxmonitor.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * Every service in one JVM on one port: the local default. Each service module also has an
 * application class of its own for separate deployment; those are left out of the scan so that only
 * their components, not their bootstrapping, come in.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(
    basePackages = "vn.dxmonitor",
    excludeFilters = {
      @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootConfiguration.class),
      // As @SpringBootApplication does: a test's own configuration (a fixed clock, say) applies to
      // the test that imports it, not to every test context that scans the same packages.
      @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
      @ComponentScan.Filter(
          type = FilterType.CUSTOM,
          classes = AutoConfigurationExcludeFilter.class)
    })
public class PlatformApplication {

  public static void main(String[] args) {
    SpringApplication.run(PlatformApplication.class, args);
  }
}
