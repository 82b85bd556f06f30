package vn.dxmonitor.alerting.store;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;
import vn.dxmonitor.runtime.elasticsearch.IndexTemplates;

/**
 * Reads alert documents from {@code dx-alerts}. A get by id is real-time in Elasticsearch: it sees
 * a document as soon as it is indexed, before any refresh.
 */
@Component
public class AlertStore implements InitializingBean {

  private final ElasticsearchClient client;
  private final String index;

  public AlertStore(ElasticsearchClient client, IndexNames indexNames) {
    this.client = client;
    this.index = indexNames.alerts();
  }

  @Override
  public void afterPropertiesSet() {
    IndexTemplates.install(client, "/elasticsearch/dx-alerts.json", index);
  }

  public Optional<Alert> find(String id) {
    try {
      var response = client.get(get -> get.index(index).id(id), Alert.class);
      return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
    } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read alert " + id, e);
    }
  }
}
