package vn.dxmonitor.alerting.api;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.mapping.FieldType;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertState;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;

/** Lists alerts from {@code dx-alerts}, most recently changed first. */
@Component
public class AlertFinder {

  private final ElasticsearchClient client;
  private final String index;

  public AlertFinder(ElasticsearchClient client, IndexNames indexNames) {
    this.client = client;
    this.index = indexNames.alerts();
  }

  public List<Alert> find(AlertFilter filter) {
    BoolQuery.Builder bool = new BoolQuery.Builder();
    if (!filter.states().isEmpty()) {
      bool.filter(terms("state", filter.states().stream().map(AlertState::name).toList()));
    }
    term(bool, "path", filter.unit());
    if (filter.within() != null) {
      if (filter.within().isEmpty()) {
        return List.of();
      }
      bool.filter(terms("path", filter.within()));
    }
    term(bool, "indicator", filter.indicator());
    term(bool, "rule", filter.rule());
    term(bool, "severity", filter.severity());
    if (filter.to() != null) {
      bool.filter(
          q ->
              q.range(
                  r ->
                      r.untyped(
                          u -> u.field("startsAt").lte(JsonData.of(filter.to().toString())))));
    }
    if (filter.from() != null) {
      bool.filter(
          q ->
              q.bool(
                  either ->
                      either
                          .should(
                              s ->
                                  s.terms(
                                      t ->
                                          t.field("state")
                                              .terms(
                                                  v ->
                                                      v.value(
                                                          List.of(
                                                              FieldValue.of("PENDING"),
                                                              FieldValue.of("FIRING"))))))
                          .should(
                              s ->
                                  s.range(
                                      r ->
                                          r.untyped(
                                              u ->
                                                  u.field("resolvedAt")
                                                      .gte(JsonData.of(filter.from().toString())))))
                          .minimumShouldMatch("1")));
    }
    BoolQuery query = bool.build();
    try {
      return client
          .search(
              search ->
                  search
                      .index(index)
                      .ignoreUnavailable(true)
                      .allowNoIndices(true)
                      .size(filter.limit())
                      .query(q -> q.bool(query))
                      .sort(
                          sort ->
                              sort.field(
                                  field ->
                                      field
                                          .field("updatedAt")
                                          .order(SortOrder.Desc)
                                          .unmappedType(FieldType.Date))),
              Alert.class)
          .hits()
          .hits()
          .stream()
          .map(Hit::source)
          .filter(Objects::nonNull)
          .toList();
    } catch (IOException | RuntimeException e) {
      throw new AlertingApiException(
          ErrorCode.SEARCH_UNAVAILABLE, null, "alerts cannot be read now: " + e.getMessage());
    }
  }

  private static Query terms(String field, List<String> values) {
    return Query.of(
        q ->
            q.terms(
                t ->
                    t.field(field)
                        .terms(v -> v.value(values.stream().map(FieldValue::of).toList()))));
  }

  private static void term(BoolQuery.Builder bool, String field, String value) {
    if (value != null) {
      bool.filter(q -> q.term(t -> t.field(field).value(value)));
    }
  }
}
