package vn.dxmonitor.dashboard.support;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import java.io.IOException;
import java.io.StringReader;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.revision.RevisionEntry;
import vn.dxmonitor.model.value.HistoryPoint;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;
import vn.dxmonitor.runtime.json.JsonCodec;

/**
 * Creates the indices the processor and the alerting service would create, with the mapping they
 * rely on: every string a keyword, so the dashboard's term queries match exactly.
 */
public final class TestIndices {

  private static final String KEYWORD_STRINGS =
      """
      {"mappings": {"dynamic_templates": [
        {"strings_as_keywords": {"match_mapping_type": "string", "mapping": {"type": "keyword"}}}
      ]}}
      """;

  private TestIndices() {}

  public static void create(ElasticsearchClient client, String index) throws IOException {
    if (!client.indices().exists(exists -> exists.index(index)).value()) {
      client
          .indices()
          .create(create -> create.withJson(new StringReader(KEYWORD_STRINGS)).index(index));
    }
  }

  public static void put(ElasticsearchClient client, String index, IndicatorValue value)
      throws IOException {
    client.index(
        request -> request.index(index).id(value.key()).document(value).refresh(Refresh.True));
  }

  /** A daily point in its month's history index, made on first use. */
  public static void put(ElasticsearchClient client, IndexNames names, HistoryPoint point)
      throws IOException {
    String index = names.history(point.day());
    create(client, index);
    client.index(
        request -> request.index(index).id(point.key()).document(point).refresh(Refresh.True));
  }

  /** A line of the revision log, as the processor's indexer writes it: the record's JSON. */
  public static void put(ElasticsearchClient client, String index, RevisionEntry entry)
      throws IOException {
    create(client, index);
    String json = JsonCodec.writeString(entry);
    client.index(
        request ->
            request
                .index(index)
                .id(entry.id())
                .withJson(new StringReader(json))
                .refresh(Refresh.True));
  }

  public static void put(ElasticsearchClient client, String index, Alert alert) throws IOException {
    client.index(
        request -> request.index(index).id(alert.id()).document(alert).refresh(Refresh.True));
  }
}
