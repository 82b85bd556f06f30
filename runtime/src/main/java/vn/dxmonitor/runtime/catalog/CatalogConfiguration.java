package vn.dxmonitor.runtime.catalog;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dxmonitor.model.catalog.BuiltInCatalog;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.event.EventValidator;
import vn.dxmonitor.model.trajectory.StatusEvaluator;
import vn.dxmonitor.model.trajectory.TargetAssessor;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.UnitRegistry;

/**
 * The catalog and unit registry every service reads. Built in for now; the catalog topic replaces
 * these beans without touching their users.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CatalogProperties.class)
public class CatalogConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  Catalog catalog() {
    return BuiltInCatalog.create();
  }

  @Bean
  UnitRegistry unitRegistry() {
    return BuiltInUnits.giaLai();
  }

  @Bean
  TargetAssessor targetAssessor() {
    return new TargetAssessor();
  }

  @Bean
  StatusEvaluator statusEvaluator(Catalog catalog, UnitRegistry units, TargetAssessor assessor) {
    return new StatusEvaluator(catalog, units, assessor);
  }

  @Bean
  EventValidator eventValidator(
      Catalog catalog, UnitRegistry units, Clock clock, CatalogProperties properties) {
    return new EventValidator(catalog, units, clock, properties.eventHorizon());
  }
}
