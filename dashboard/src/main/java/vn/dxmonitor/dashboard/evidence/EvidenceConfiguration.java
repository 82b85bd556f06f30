package vn.dxmonitor.dashboard.evidence;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;
import vn.dxmonitor.runtime.elasticsearch.IndexTemplates;

/** The evidence index, installed before the first file is kept, and its store. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvidenceProperties.class)
public class EvidenceConfiguration {

  @Bean
  EvidenceStore evidenceStore(
      ElasticsearchClient client, IndexNames names, IndexTemplates templates) {
    templates.install("/elasticsearch/dx-evidence.json", names.evidence());
    return new EvidenceStore(client, names);
  }
}
