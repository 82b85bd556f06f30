package vn.dxmonitor.dashboard.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.model.value.ValueKey;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;

/**
 * Reads the current values the processor indexes in {@code dx-indicators}, one document per unit
 * and indicator. An index that does not exist yet (nothing processed so far) reads as no documents,
 * not as an error.
 */
@Component
public class IndicatorValueSearch {

  /** Elasticsearch's default {@code index.max_result_window}; also the ids of one read. */
  static final int MAX_DOCUMENTS = 10_000;

  private final ElasticsearchClient client;
  private final String index;

  public IndicatorValueSearch(ElasticsearchClient client, IndexNames indexNames) {
    this.client = client;
    this.index = indexNames.indicators();
  }

  /**
   * The values of these units on these indicators, at most one document per pair. Read by id (the
   * id is the pair), which Elasticsearch answers in real time: a value the indexer has just written
   * is found before the next refresh makes it searchable.
   *
   * @param units unit codes, matched exactly
   * @param indicators indicator ids, matched exactly
   */
  public List<IndicatorValue> forUnits(Collection<String> units, Collection<String> indicators) {
    List<String> ids = new ArrayList<>(units.size() * indicators.size());
    for (String unit : units) {
      for (String indicator : indicators) {
        ids.add(ValueKey.of(unit, indicator));
      }
    }
    List<IndicatorValue> found = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += MAX_DOCUMENTS) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + MAX_DOCUMENTS));
      MgetResponse<IndicatorValue> response;
      try {
        response = client.mget(get -> get.index(index).ids(chunk), IndicatorValue.class);
      } catch (IOException | ElasticsearchException e) {
        throw new SearchUnavailableException("indicator values", e);
      }
      for (MultiGetResponseItem<IndicatorValue> item : response.docs()) {
        // A failure here is the index not existing yet: nothing processed so far.
        if (item.isResult() && item.result().found() && item.result().source() != null) {
          found.add(item.result().source());
        }
      }
    }
    return found;
  }
}
