package vn.dxmonitor.dashboard.evidence;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import java.io.IOException;
import java.util.Optional;
import vn.dxmonitor.dashboard.search.SearchUnavailableException;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;

/**
 * The evidence files in Elasticsearch, one document each, shared by every dashboard instance: a
 * file uploaded through one is read through any other.
 */
public final class EvidenceStore {

  private final ElasticsearchClient client;
  private final String index;

  public EvidenceStore(ElasticsearchClient client, IndexNames names) {
    this.client = client;
    this.index = names.evidence();
  }

  /** Keeps the file, visible to reads when this returns. */
  public void save(EvidenceFile file) {
    try {
      client.index(
          request -> request.index(index).id(file.id()).document(file).refresh(Refresh.WaitFor));
    } catch (IOException | ElasticsearchException e) {
      throw SearchUnavailableException.writing("the evidence file " + file.id(), e);
    }
  }

  public Optional<EvidenceFile> find(String id) {
    try {
      GetResponse<EvidenceFile> found =
          client.get(request -> request.index(index).id(id), EvidenceFile.class);
      return found.found() ? Optional.ofNullable(found.source()) : Optional.empty();
    } catch (IOException | ElasticsearchException e) {
      throw new SearchUnavailableException("the evidence file " + id, e);
    }
  }
}
