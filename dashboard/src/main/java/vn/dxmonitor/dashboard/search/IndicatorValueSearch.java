package vn.dxmonitor.dashboard.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;

/**
 * Reads the current values the processor indexes in {@code dx-indicators}, one document per unit
 * and indicator. An index that does not exist yet (nothing processed so far) reads as no documents,
 * not as an error.
 */
@Component
public class IndicatorValueSearch {

  /** Elasticsearch's default {@code index.max_result_window}. */
  static final int MAX_DOCUMENTS = 10_000;

  private final ElasticsearchClient client;
  private final String index;

  public IndicatorValueSearch(ElasticsearchClient client, IndexNames indexNames) {
    this.client = client;
    this.index = indexNames.indicators();
  }

  /**
   * The values of these units on these indicators, at most one document per pair. Both are filters,
   * so documents of indicators the catalog no longer holds do not crowd out the ones asked for.
   *
   * @param units unit codes, matched exactly
   * @param indicators indicator ids, matched exactly
   */
  public List<IndicatorValue> forUnits(Collection<String> units, Collection<String> indicators) {
    if (units.isEmpty() || indicators.isEmpty()) {
      return List.of();
    }
    List<FieldValue> unitCodes = units.stream().map(FieldValue::of).toList();
    List<FieldValue> indicatorIds = indicators.stream().map(FieldValue::of).toList();
    int size = (int) Math.min((long) units.size() * indicators.size(), MAX_DOCUMENTS);
    BoolQuery filters =
        BoolQuery.of(
            bool ->
                bool.filter(f -> f.terms(t -> t.field("unit").terms(v -> v.value(unitCodes))))
                    .filter(
                        f -> f.terms(t -> t.field("indicator").terms(v -> v.value(indicatorIds)))));
    return Searches.documents(
        "indicator values",
        () ->
            client.search(
                search ->
                    search
                        .index(index)
                        .ignoreUnavailable(true)
                        .allowNoIndices(true)
                        .size(size)
                        .query(query -> query.bool(filters)),
                IndicatorValue.class));
  }
}
