package vn.dxmonitor.dashboard.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.mapping.FieldType;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;

/**
 * Reads the alert documents the alerting service keeps in {@code dx-alerts}, newest {@code
 * updatedAt} first. The sort names its field type so that an index with no alert in it yet, whose
 * mapping may lack the field, sorts instead of failing. Named for the dashboard: in the platform
 * every service's beans share one context.
 */
@Component("dashboardAlertSearch")
public class AlertSearch {

  private final ElasticsearchClient client;
  private final String index;

  public AlertSearch(ElasticsearchClient client, IndexNames indexNames) {
    this.client = client;
    this.index = indexNames.alerts();
  }

  public List<Alert> find(AlertQuery query) {
    if (query.limit() == 0) {
      return List.of();
    }
    BoolQuery.Builder filters = new BoolQuery.Builder();
    term(filters, "unit", query.unit());
    term(filters, "path", query.within());
    term(filters, "severity", query.severity());
    term(filters, "rule", query.rule());
    term(filters, "indicator", query.indicator());
    if (!query.states().isEmpty()) {
      List<FieldValue> states =
          query.states().stream().map(state -> FieldValue.of(state.name())).toList();
      filters.filter(
          filter ->
              filter.terms(terms -> terms.field("state").terms(values -> values.value(states))));
    }
    return search(filters.build(), Math.min(query.limit(), IndicatorValueSearch.MAX_DOCUMENTS));
  }

  /** One alert by its id. */
  public Optional<Alert> find(String id) {
    BoolQuery.Builder filters = new BoolQuery.Builder();
    term(filters, "id", id);
    return search(filters.build(), 1).stream().findFirst();
  }

  private List<Alert> search(BoolQuery bool, int size) {
    return Searches.documents(
        "alerts",
        () ->
            client.search(
                search ->
                    search
                        .index(index)
                        .ignoreUnavailable(true)
                        .allowNoIndices(true)
                        .size(size)
                        .query(q -> q.bool(bool))
                        .sort(
                            sort ->
                                sort.field(
                                    field ->
                                        field
                                            .field("updatedAt")
                                            .order(SortOrder.Desc)
                                            .unmappedType(FieldType.Date))),
                Alert.class));
  }

  private static void term(BoolQuery.Builder filters, String field, String value) {
    if (value != null) {
      filters.filter(filter -> filter.term(term -> term.field(field).value(value)));
    }
  }
}
