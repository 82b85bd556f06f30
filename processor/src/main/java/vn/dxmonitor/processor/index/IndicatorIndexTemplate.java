package vn.dxmonitor.processor.index;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;
import vn.dxmonitor.runtime.elasticsearch.IndexTemplates;

/**
 * Installs the templates of the current values, the revision log and the monthly history indices,
 * and the values and revision indices, before anything is indexed.
 */
@Component
public class IndicatorIndexTemplate implements InitializingBean {

  private final IndexTemplates templates;
  private final IndexNames indexNames;

  public IndicatorIndexTemplate(IndexTemplates templates, IndexNames indexNames) {
    this.templates = templates;
    this.indexNames = indexNames;
  }

  @Override
  public void afterPropertiesSet() {
    templates.install("/elasticsearch/dx-indicators.json", indexNames.indicators());
    templates.install("/elasticsearch/dx-revisions.json", indexNames.revisions());
    templates.installTemplate(
        "/elasticsearch/dx-indicator-history.json",
        indexNames.historyPrefix().substring(0, indexNames.historyPrefix().length() - 1),
        indexNames.historyPrefix() + "*");
  }
}
