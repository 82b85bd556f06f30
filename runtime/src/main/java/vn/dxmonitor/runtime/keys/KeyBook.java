package vn.dxmonitor.runtime.keys;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import vn.dxmonitor.runtime.catalog.topic.CatalogView;
import vn.dxmonitor.runtime.json.JsonCodec;

/**
 * The API keys the catalog topic holds, read as keys: the catalog keeps their entries as written,
 * and this parses them again only when one changed — a key is looked up on every request.
 */
public final class KeyBook {

  private static final Logger log = LoggerFactory.getLogger(KeyBook.class);

  private final CatalogView view;
  private volatile Snapshot snapshot = new Snapshot(-1, Map.of(), Map.of());

  public KeyBook(CatalogView view) {
    this.view = view;
  }

  /** Every key, revoked ones included, by id. */
  public List<ApiKey> all() {
    return List.copyOf(current().byId().values());
  }

  public Optional<ApiKey> find(String id) {
    return Optional.ofNullable(current().byId().get(id));
  }

  /** The key whose digest this is, revoked or not. */
  public Optional<ApiKey> byDigest(String digest) {
    return Optional.ofNullable(current().byDigest().get(digest));
  }

  private Snapshot current() {
    Snapshot seen = snapshot;
    // The version is read before the entries: a change in between only makes the next call
    // parse again, never keeps a stale snapshot.
    long version = view.apiKeysVersion();
    if (seen.version() == version) {
      return seen;
    }
    Map<String, ApiKey> byId = new TreeMap<>();
    Map<String, ApiKey> byDigest = new HashMap<>();
    view.apiKeyEntries()
        .forEach(
            (id, json) -> {
              try {
                ApiKey key = JsonCodec.read(json, ApiKey.class);
                byId.put(key.id(), key);
                byDigest.put(key.digest(), key);
              } catch (JacksonException | IllegalArgumentException e) {
                log.error("Skipped unreadable API key entry {}: {}", id, e.getMessage());
              }
            });
    Snapshot fresh = new Snapshot(version, Map.copyOf(byId), Map.copyOf(byDigest));
    snapshot = fresh;
    return fresh;
  }

  private record Snapshot(long version, Map<String, ApiKey> byId, Map<String, ApiKey> byDigest) {}
}
