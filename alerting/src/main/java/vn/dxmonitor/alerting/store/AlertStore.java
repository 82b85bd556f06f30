package vn.dxmonitor.alerting.store;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;

/**
 * Reads alert documents from {@code dx-alerts}. A get by id is real-time in Elasticsearch: it sees
 * a document as soon as it is indexed, before any refresh.
 */
@Component
public class AlertStore {

  private final ElasticsearchClient client;
  private final String index;

  /**
   * @param template installed first, so the index exists with its mapping before anything reads it
   */
  public AlertStore(
      ElasticsearchClient client, IndexNames indexNames, AlertIndexTemplate template) {
    this.client = client;
    this.index = indexNames.alerts();
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
