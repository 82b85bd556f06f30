package vn.dxmonitor.processor.audit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.core.ScrollResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dxmonitor.model.value.IndicatorValue;

/** Every document of {@code dx-indicators}, by id (the topic key). */
final class IndexedValues {

  private static final int PAGE = 1_000;
  private static final Time KEEP_ALIVE = Time.of(t -> t.time("1m"));

  private IndexedValues() {}

  static Map<String, IndicatorValue> read(ElasticsearchClient client, String index)
      throws IOException {
    Map<String, IndicatorValue> documents = new HashMap<>();
    SearchResponse<IndicatorValue> first =
        client.search(
            s ->
                s.index(index)
                    .ignoreUnavailable(true)
                    .allowNoIndices(true)
                    .size(PAGE)
                    .scroll(KEEP_ALIVE),
            IndicatorValue.class);
    String scrollId = first.scrollId();
    List<Hit<IndicatorValue>> hits = first.hits().hits();
    try {
      while (!hits.isEmpty()) {
        hits.forEach(hit -> documents.put(hit.id(), hit.source()));
        String id = scrollId;
        ScrollResponse<IndicatorValue> next =
            client.scroll(s -> s.scrollId(id).scroll(KEEP_ALIVE), IndicatorValue.class);
        scrollId = next.scrollId();
        hits = next.hits().hits();
      }
    } finally {
      if (scrollId != null) {
        String id = scrollId;
        client.clearScroll(c -> c.scrollId(id));
      }
    }
    return documents;
  }
}
