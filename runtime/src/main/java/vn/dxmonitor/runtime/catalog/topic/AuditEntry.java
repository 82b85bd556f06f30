package vn.dxmonitor.runtime.catalog.topic;

import java.time.Instant;

/**
 * One change to the catalog: who made it, when, and the entry before and after (null when it was
 * created or removed). Imports record their counts rather than every unit.
 *
 * @param action {@code create}, {@code update}, {@code import} or {@code seed}
 * @param kind {@code indicator}, {@code plan}, {@code units} or {@code reorganisation}
 */
public record AuditEntry(
    Instant at, String actor, String action, String kind, String id, Object before, Object after) {}
