package vn.dxmonitor.dashboard.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import vn.dxmonitor.testsupport.elasticsearch.SharedElasticsearch;

/** What a {@link DashboardTest} class is given besides its broker. */
public final class DashboardInfrastructure {

  private DashboardInfrastructure() {}

  /** The shared Elasticsearch node, every index and template of the class under {@code prefix}. */
  public static void elasticsearch(DynamicPropertyRegistry registry, String prefix) {
    registry.add("dx.elasticsearch.uris", SharedElasticsearch::uri);
    registry.add("dx.elasticsearch.index-prefix", () -> prefix);
  }
}
