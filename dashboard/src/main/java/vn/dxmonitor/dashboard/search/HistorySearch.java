package vn.dxmonitor.dashboard.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.mapping.FieldType;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dxmonitor.model.value.HistoryPoint;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;

/**
 * Reads the daily points the processor keeps in the monthly {@code dx-indicator-history-*} indices:
 * a unit's trend on one indicator, and the picture on a past day for the reviews. No history index
 * yet reads as no points.
 */
@Component
public class HistorySearch {

  private final ElasticsearchClient client;
  private final String indices;

  public HistorySearch(ElasticsearchClient client, IndexNames indexNames) {
    this.client = client;
    this.indices = indexNames.historyPrefix() + "*";
  }

  /** The points of one unit on one indicator from {@code from} to {@code to}, oldest first. */
  public List<HistoryPoint> series(String unit, String indicator, LocalDate from, LocalDate to) {
    Query query =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(f -> f.term(t -> t.field("unit").value(unit)))
                            .filter(f -> f.term(t -> t.field("indicator").value(indicator)))
                            .filter(
                                f ->
                                    f.range(
                                        r ->
                                            r.date(
                                                d ->
                                                    d.field("day")
                                                        .gte(from.toString())
                                                        .lte(to.toString()))))));
    return Searches.documents(
        "indicator history",
        () ->
            client.search(
                search ->
                    search
                        .index(indices)
                        .ignoreUnavailable(true)
                        .allowNoIndices(true)
                        .size(IndicatorValueSearch.MAX_DOCUMENTS)
                        .query(query)
                        .sort(s -> s.field(f -> f.field("day").order(SortOrder.Asc))),
                HistoryPoint.class));
  }

  /**
   * For each of these units on each of these indicators, its last point on or before {@code day}:
   * the value as it stood then. A pair with no point by then is absent.
   */
  public List<HistoryPoint> lastOnOrBefore(
      Collection<String> units, Collection<String> indicators, LocalDate day) {
    List<FieldValue> codes = units.stream().map(FieldValue::of).toList();
    List<HistoryPoint> found = new ArrayList<>();
    if (codes.isEmpty()) {
      return found;
    }
    // One search per indicator, collapsed on the unit: the newest point of each unit wins.
    for (String indicator : indicators) {
      for (int from = 0; from < codes.size(); from += IndicatorValueSearch.MAX_DOCUMENTS) {
        List<FieldValue> chunk =
            codes.subList(from, Math.min(codes.size(), from + IndicatorValueSearch.MAX_DOCUMENTS));
        found.addAll(lastPerUnit(indicator, chunk, day));
      }
    }
    return found;
  }

  private List<HistoryPoint> lastPerUnit(String indicator, List<FieldValue> units, LocalDate day) {
    Query query =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(f -> f.terms(t -> t.field("unit").terms(v -> v.value(units))))
                            .filter(f -> f.term(t -> t.field("indicator").value(indicator)))
                            .filter(
                                f ->
                                    f.range(
                                        r -> r.date(d -> d.field("day").lte(day.toString()))))));
    return Searches.documents(
        "indicator history",
        () ->
            client.search(
                search ->
                    search
                        .index(indices)
                        .ignoreUnavailable(true)
                        .allowNoIndices(true)
                        .size(units.size())
                        .query(query)
                        .collapse(c -> c.field("unit"))
                        .sort(
                            s ->
                                s.field(
                                    f ->
                                        f.field("day")
                                            .order(SortOrder.Desc)
                                            .unmappedType(FieldType.Date))),
                HistoryPoint.class));
  }
}
