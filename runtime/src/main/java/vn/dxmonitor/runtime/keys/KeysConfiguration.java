package vn.dxmonitor.runtime.keys;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dxmonitor.runtime.catalog.topic.CatalogView;
import vn.dxmonitor.runtime.catalog.topic.CatalogWriter;

/** API keys, kept on the catalog topic so every service knows them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KeysProperties.class)
public class KeysConfiguration {

  @Bean
  KeyBook keyBook(CatalogView view) {
    return new KeyBook(view);
  }

  @Bean
  ApiKeyRegistry apiKeyRegistry(CatalogView view, KeyBook keys, CatalogWriter writer, Clock clock) {
    return new ApiKeyRegistry(view, keys, writer, clock);
  }

  @Bean
  AdminKeyBootstrap adminKeyBootstrap(ApiKeyRegistry registry, KeysProperties properties) {
    return new AdminKeyBootstrap(registry, properties.adminKeyFile());
  }
}
