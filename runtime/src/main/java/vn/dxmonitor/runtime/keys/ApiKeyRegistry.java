package vn.dxmonitor.runtime.keys;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.RecordMetadata;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.runtime.access.OutsideScopeException;
import vn.dxmonitor.runtime.access.Permissions;
import vn.dxmonitor.runtime.access.Scoped;
import vn.dxmonitor.runtime.access.Scopes;
import vn.dxmonitor.runtime.catalog.topic.AuditEntry;
import vn.dxmonitor.runtime.catalog.topic.CatalogEntry;
import vn.dxmonitor.runtime.catalog.topic.CatalogView;
import vn.dxmonitor.runtime.catalog.topic.CatalogWriter;

/**
 * API keys on {@code dx.catalog}: every instance of every service knows every key, a revocation
 * takes effect everywhere within moments, and each change leaves an audit entry. A key's secret is
 * shown once, when it is made, and is never stored.
 */
public class ApiKeyRegistry {

  private static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  private static final Duration READ_BACK = Duration.ofSeconds(30);

  private final CatalogView view;
  private final KeyBook keys;
  private final CatalogWriter writer;
  private final Clock clock;

  public ApiKeyRegistry(CatalogView view, KeyBook keys, CatalogWriter writer, Clock clock) {
    this.view = view;
    this.keys = keys;
    this.writer = writer;
    this.clock = clock;
  }

  /** The working key presented, if any: unknown and revoked keys both give nothing. */
  public Optional<ApiKey> authenticate(String presented) {
    if (presented == null || presented.isBlank()) {
      return Optional.empty();
    }
    return keys.byDigest(KeySecrets.digest(presented)).filter(key -> !key.isRevoked());
  }

  public List<ApiKeyView> list() {
    return keys.all().stream().map(ApiKey::view).toList();
  }

  /**
   * The keys an administrator may see and revoke: all of them for one of the whole country; for one
   * of some units, the keys whose units all lie within its own (never a national key).
   */
  public List<ApiKeyView> list(Scoped admin) {
    return keys.all().stream().filter(key -> reaches(admin, key)).map(ApiKey::view).toList();
  }

  /**
   * Makes a key on behalf of an administrator, who gives out no role above its own and no units
   * beyond its own.
   *
   * @throws OutsideScopeException when it reaches beyond the creator's scope; nothing is made
   * @throws InvalidKeyRequestException naming every field at fault
   */
  public CreatedKey create(KeyRequest request, Scoped creator, String actor) {
    // A malformed request is named field by field first; only a well-formed one is judged
    // against the creator's scope.
    check(request);
    KeyRole role = request.role() == null ? KeyRole.SOURCE : request.role();
    Scopes.grant(creator, role.rank(), request.units(), view.units(), today())
        .ifPresent(
            refusal -> {
              throw new OutsideScopeException(refusal);
            });
    return make(request, actor);
  }

  /** Revokes a key the administrator may see; any other is as if there were none. */
  public Optional<ApiKeyView> revoke(String id, Scoped admin, String actor) {
    if (keys.find(id).filter(key -> reaches(admin, key)).isEmpty()) {
      return Optional.empty();
    }
    return revoke(id, actor);
  }

  private boolean reaches(Scoped admin, ApiKey key) {
    return Scopes.reachesAll(admin, key.units(), view.units(), today());
  }

  private LocalDate today() {
    return VietnamTime.dateOf(clock.instant());
  }

  /**
   * Makes a key.
   *
   * @throws InvalidKeyRequestException naming every field at fault
   */
  public CreatedKey create(KeyRequest request, String actor) {
    check(request);
    return make(request, actor);
  }

  private CreatedKey make(KeyRequest request, String actor) {
    String secret = KeySecrets.newKey();
    ApiKey key =
        new ApiKey(
            KeySecrets.newId(),
            request.source(),
            request.role() == null ? KeyRole.SOURCE : request.role(),
            request.units(),
            request.indicators(),
            KeySecrets.digest(secret),
            clock.instant(),
            actor,
            null,
            null);
    save(key, null, "create", actor);
    return new CreatedKey(key.id(), secret, key.view());
  }

  /**
   * Makes sure the administrator key {@code secret} exists: the local run and first deployments
   * start with one, so that the admin API can make every other key. Once revoked it stays revoked.
   *
   * @return the key, revoked if someone revoked it
   */
  public ApiKey ensureAdmin(String secret, String actor) {
    String digest = KeySecrets.digest(secret);
    Optional<ApiKey> known = keys.byDigest(digest);
    if (known.isPresent()) {
      // A revoked key stays revoked: a restart must not bring back what someone took away
      return known.get();
    }
    ApiKey key =
        new ApiKey(
            KeySecrets.newId(),
            "admin",
            KeyRole.ADMIN,
            List.of(),
            List.of(),
            digest,
            clock.instant(),
            actor,
            null,
            null);
    save(key, null, "create", actor);
    return key;
  }

  /**
   * Revokes a key; revoking it again changes nothing.
   *
   * @return the key as it is now, or empty when there is no such key
   */
  public Optional<ApiKeyView> revoke(String id, String actor) {
    Optional<ApiKey> found = keys.find(id);
    if (found.isEmpty() || found.get().isRevoked()) {
      return found.map(ApiKey::view);
    }
    ApiKey revoked = found.get().revoked(clock.instant(), actor);
    save(revoked, found.get(), "revoke", actor);
    return Optional.of(revoked.view());
  }

  private void save(ApiKey key, ApiKey before, String action, String actor) {
    RecordMetadata written =
        writer.putAudited(
            CatalogEntry.apiKey(key.id(), key),
            new AuditEntry(
                clock.instant(),
                actor,
                action,
                "key",
                key.id(),
                before == null ? null : before.view(),
                key.view(),
                key.units()));
    view.requireApplied(written, READ_BACK, "the key");
  }

  private void check(KeyRequest request) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (request.source() == null || request.source().isBlank()) {
      problems.put("source", "is required");
    } else if (!SOURCE.matcher(request.source()).matches()) {
      problems.put(
          "source",
          "must be 1–64 lower-case letters, digits, '.', '_' or '-', starting with a letter or"
              + " digit, but was '"
              + request.source()
              + "'");
    }
    KeyRole role = request.role() == null ? KeyRole.SOURCE : request.role();
    if (!Permissions.mayBeNational(role.rank()) && request.units().isEmpty()) {
      problems.put(
          "units", "a " + role.id() + " key needs at least one unit code whose subtree it covers");
    }
    UnitHistory history = view.units();
    List<String> units = request.units();
    for (int i = 0; i < units.size(); i++) {
      String code = units.get(i);
      if (code == null || history.latest(code).isEmpty()) {
        problems.put("units[" + i + "]", "unit '" + code + "' is not in the unit registry");
      }
    }
    List<String> indicators = request.indicators();
    for (int i = 0; i < indicators.size(); i++) {
      String id = indicators.get(i);
      if (id == null || view.catalog().indicator(id).isEmpty()) {
        problems.put("indicators[" + i + "]", "indicator '" + id + "' is not in the catalog");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidKeyRequestException(new ArrayList<>(problems.entrySet()));
    }
  }
}
