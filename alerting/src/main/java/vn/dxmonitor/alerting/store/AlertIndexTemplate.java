package vn.dxmonitor.alerting.store;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;
import vn.dxmonitor.runtime.elasticsearch.IndexTemplates;

/** Installs the template of {@code dx-alerts} and the index, before alerts are read or indexed. */
@Component
public class AlertIndexTemplate implements InitializingBean {

  private final IndexTemplates templates;
  private final IndexNames indexNames;

  public AlertIndexTemplate(IndexTemplates templates, IndexNames indexNames) {
    this.templates = templates;
    this.indexNames = indexNames;
  }

  @Override
  public void afterPropertiesSet() {
    templates.install("/elasticsearch/dx-alerts.json", indexNames.alerts());
  }
}
