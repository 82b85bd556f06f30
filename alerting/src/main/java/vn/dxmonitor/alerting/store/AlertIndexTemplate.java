package vn.dxmonitor.alerting.store;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;
import vn.dxmonitor.runtime.elasticsearch.IndexTemplates;

/** Installs the template of {@code dx-alerts} and the index, before alerts are read or indexed. */
@Component
public class AlertIndexTemplate implements InitializingBean {

  private final ElasticsearchClient client;
  private final IndexNames indexNames;

  public AlertIndexTemplate(ElasticsearchClient client, IndexNames indexNames) {
    this.client = client;
    this.indexNames = indexNames;
  }

  @Override
  public void afterPropertiesSet() {
    IndexTemplates.install(client, "/elasticsearch/dx-alerts.json", indexNames.alerts());
  }
}
