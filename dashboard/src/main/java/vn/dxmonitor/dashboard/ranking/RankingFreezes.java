package vn.dxmonitor.dashboard.ranking;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dxmonitor.dashboard.search.SearchUnavailableException;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;

/**
 * Keeps frozen rankings in {@code dx-ranking-freezes}. A freeze is created once and never
 * overwritten: freezing the same ranking again is refused, so the list an award rests on cannot be
 * replaced quietly.
 */
@Component
public class RankingFreezes {

  private final ElasticsearchClient client;
  private final String index;

  public RankingFreezes(ElasticsearchClient client, IndexNames names) {
    this.client = client;
    this.index = names.rankingFreezes();
  }

  /** Thrown when the ranking was frozen before. */
  public static final class AlreadyFrozenException extends RuntimeException {
    AlreadyFrozenException(String id) {
      super("the ranking " + id + " is frozen already; a freeze is never replaced");
    }
  }

  public Optional<Freeze> find(String id) {
    try {
      GetResponse<Freeze> found = client.get(get -> get.index(index).id(id), Freeze.class);
      return found.found() ? Optional.ofNullable(found.source()) : Optional.empty();
    } catch (ElasticsearchException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw new SearchUnavailableException("ranking freezes", e);
    } catch (IOException e) {
      throw new SearchUnavailableException("ranking freezes", e);
    }
  }

  public void create(Freeze freeze) {
    try {
      client.create(
          create -> create.index(index).id(freeze.id()).document(freeze).refresh(Refresh.WaitFor));
    } catch (ElasticsearchException e) {
      if (e.status() == 409) {
        throw new AlreadyFrozenException(freeze.id());
      }
      throw new SearchUnavailableException("ranking freezes", e);
    } catch (IOException e) {
      throw new SearchUnavailableException("ranking freezes", e);
    }
  }

  /** Every freeze of a plan, newest review first. */
  public List<Freeze> ofPlan(String plan) {
    try {
      return client
          .search(
              search ->
                  search
                      .index(index)
                      .ignoreUnavailable(true)
                      .allowNoIndices(true)
                      .size(1000)
                      .query(q -> q.term(t -> t.field("plan.keyword").value(plan))),
              Freeze.class)
          .hits()
          .hits()
          .stream()
          .map(hit -> hit.source())
          .filter(java.util.Objects::nonNull)
          .sorted(java.util.Comparator.comparing(Freeze::asOf).reversed())
          .toList();
    } catch (IOException | ElasticsearchException e) {
      throw new SearchUnavailableException("ranking freezes", e);
    }
  }
}
