package vn.dxmonitor.dashboard.evidence;

import java.time.Instant;

/**
 * An evidence file as the API describes it: everything but its content, with the link that reads it
 * and that a figure's {@code evidence} holds.
 */
public record EvidenceView(
    String id,
    String unit,
    String indicator,
    String period,
    String name,
    String contentType,
    long size,
    String uploadedBy,
    Instant uploadedAt,
    String link) {}
