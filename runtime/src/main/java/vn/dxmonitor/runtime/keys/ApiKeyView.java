package vn.dxmonitor.runtime.keys;

import java.time.Instant;
import java.util.List;

/** A key as listed to administrators: its scope and history, never its secret or digest. */
public record ApiKeyView(
    String id,
    String source,
    String role,
    List<String> units,
    List<String> indicators,
    Instant createdAt,
    String createdBy,
    Instant revokedAt,
    String revokedBy) {}
