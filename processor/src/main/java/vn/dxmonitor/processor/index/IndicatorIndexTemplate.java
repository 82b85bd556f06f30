package vn.dxmonitor.processor.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;
import vn.dxmonitor.runtime.elasticsearch.IndexTemplates;

/**
 * Installs the templates of the current values and of the monthly history indices, and the values
 * index, before anything is indexed.
 */
@Component
public class IndicatorIndexTemplate implements InitializingBean {

  private final ElasticsearchClient client;
  private final IndexNames indexNames;

  public IndicatorIndexTemplate(ElasticsearchClient client, IndexNames indexNames) {
    this.client = client;
    this.indexNames = indexNames;
  }

  @Override
  public void afterPropertiesSet() {
    IndexTemplates.install(client, "/elasticsearch/dx-indicators.json", indexNames.indicators());
    IndexTemplates.installTemplate(
        client,
        "/elasticsearch/dx-indicator-history.json",
        indexNames.historyPrefix().substring(0, indexNames.historyPrefix().length() - 1),
        indexNames.historyPrefix() + "*");
  }
}
