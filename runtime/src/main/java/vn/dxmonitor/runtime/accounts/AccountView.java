package vn.dxmonitor.runtime.accounts;

import java.time.Instant;
import java.util.List;

/** An account as the API and the audit trail show it: without its password hash. */
public record AccountView(
    String name,
    String displayName,
    String role,
    List<String> units,
    String email,
    Instant createdAt,
    String createdBy,
    Instant disabledAt,
    String disabledBy) {}
