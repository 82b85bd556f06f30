package vn.dxmonitor.dashboard.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dxmonitor.model.revision.RevisionEntry;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;

/**
 * Reads the revision log the processor keeps in {@code dx-revisions}: every figure of a unit that a
 * later one replaced or that was withdrawn, newest first.
 */
@Component
public class RevisionSearch {

  private final ElasticsearchClient client;
  private final String index;

  public RevisionSearch(ElasticsearchClient client, IndexNames indexNames) {
    this.client = client;
    this.index = indexNames.revisions();
  }

  /**
   * The revisions and retractions of these units' figures on these indicators that were true by
   * {@code occurredBy} and accepted after {@code acceptedAfter}: what changed behind a snapshot
   * taken then.
   */
  public List<RevisionEntry> acceptedAfter(
      Collection<String> units,
      Collection<String> indicators,
      Instant occurredBy,
      Instant acceptedAfter) {
    if (units.isEmpty() || indicators.isEmpty()) {
      return List.of();
    }
    List<FieldValue> unitValues = units.stream().map(FieldValue::of).toList();
    List<FieldValue> indicatorValues = indicators.stream().map(FieldValue::of).toList();
    Query query =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(f -> f.terms(t -> t.field("unit").terms(v -> v.value(unitValues))))
                            .filter(
                                f ->
                                    f.terms(
                                        t ->
                                            t.field("indicator")
                                                .terms(v -> v.value(indicatorValues))))
                            .filter(
                                f ->
                                    f.range(
                                        r ->
                                            r.date(
                                                d ->
                                                    d.field("occurredAt")
                                                        .lte(occurredBy.toString()))))
                            .filter(
                                f ->
                                    f.range(
                                        r ->
                                            r.date(
                                                d ->
                                                    d.field("acceptedAt")
                                                        .gt(acceptedAfter.toString()))))));
    return Searches.documents(
        "revision log",
        () ->
            client.search(
                search ->
                    search
                        .index(index)
                        .ignoreUnavailable(true)
                        .allowNoIndices(true)
                        .size(IndicatorValueSearch.MAX_DOCUMENTS)
                        .query(query)
                        .sort(s -> s.field(f -> f.field("acceptedAt").order(SortOrder.Asc))),
                RevisionEntry.class));
  }

  /**
   * @param indicator one indicator, or null for all
   */
  public List<RevisionEntry> of(String unit, String indicator, int limit) {
    Query query =
        Query.of(
            q ->
                q.bool(
                    b -> {
                      b.filter(f -> f.term(t -> t.field("unit").value(unit)));
                      if (indicator != null) {
                        b.filter(f -> f.term(t -> t.field("indicator").value(indicator)));
                      }
                      return b;
                    }));
    return Searches.documents(
        "revision log",
        () ->
            client.search(
                search ->
                    search
                        .index(index)
                        .ignoreUnavailable(true)
                        .allowNoIndices(true)
                        .size(limit)
                        .query(query)
                        .sort(s -> s.field(f -> f.field("occurredAt").order(SortOrder.Desc)))
                        .sort(s -> s.field(f -> f.field("revision").order(SortOrder.Desc))),
                RevisionEntry.class));
  }
}
