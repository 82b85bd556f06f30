package vn.dxmonitor.runtime.keys;

import java.time.Instant;
import java.util.List;
import vn.dxmonitor.runtime.access.Rank;
import vn.dxmonitor.runtime.access.Scoped;

/**
 * A credential as stored: never the key itself, only its SHA-256 digest. A source key may report
 * events for the subtrees of {@code units} and, when {@code indicators} is not empty, for those
 * indicators only; an operator key works the alerts of the subtrees of {@code units}; an admin key
 * manages keys, the catalog and the alerting configuration and may report, within the subtrees of
 * its units, or everywhere when it has none.
 *
 * @param digest the key's SHA-256 digest, hex
 * @param revokedAt when the key stopped working, or null while it works
 */
public record ApiKey(
    String id,
    String source,
    KeyRole role,
    List<String> units,
    List<String> indicators,
    String digest,
    Instant createdAt,
    String createdBy,
    Instant revokedAt,
    String revokedBy)
    implements Scoped {

  public ApiKey {
    units = units == null ? List.of() : List.copyOf(units);
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  @Override
  public Rank rank() {
    return role.rank();
  }

  @Override
  public boolean sourceSystem() {
    return role == KeyRole.SOURCE;
  }

  /** True when the key is not limited to a set of indicators, or {@code indicator} is in it. */
  public boolean permitsIndicator(String indicator) {
    return indicators.isEmpty() || indicators.contains(indicator);
  }

  public ApiKey revoked(Instant at, String by) {
    return new ApiKey(id, source, role, units, indicators, digest, createdAt, createdBy, at, by);
  }

  /** What may be shown of the key: everything but its digest. */
  public ApiKeyView view() {
    return new ApiKeyView(
        id, source, role.id(), units, indicators, createdAt, createdBy, revokedAt, revokedBy);
  }
}
