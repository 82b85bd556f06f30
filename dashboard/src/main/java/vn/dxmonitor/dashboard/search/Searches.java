package vn.dxmonitor.dashboard.search;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/** What both searches share: one failure type and documents out of hits. */
final class Searches {

  @FunctionalInterface
  interface Call<T> {
    SearchResponse<T> run() throws IOException;
  }

  private Searches() {}

  static <T> List<T> documents(String what, Call<T> call) {
    try {
      return call.run().hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList();
    } catch (IOException | ElasticsearchException e) {
      throw new SearchUnavailableException(what, e);
    }
  }
}
