package vn.dxmonitor.dashboard.evidence;

import java.time.Instant;
import java.util.Base64;

/**
 * A file backing one figure, as it is kept in Elasticsearch: its content in Base64, in a field that
 * is stored and never indexed.
 *
 * @param id a digest of the figure it backs and of its content: the same file for the same figure
 *     is kept once
 * @param period the reporting period, e.g. {@code 2026-Q4}
 * @param name the file's name as uploaded, without any folder
 * @param contentType the type its content was recognised as ({@link EvidenceKind})
 * @param size in bytes
 * @param uploadedBy the actor, e.g. {@code user:bc-quy-nhon}
 */
public record EvidenceFile(
    String id,
    String unit,
    String indicator,
    String period,
    String name,
    String contentType,
    long size,
    String uploadedBy,
    Instant uploadedAt,
    String content) {

  /** Where the file is read from, and what a figure's {@code evidence} holds when it is a file. */
  public static final String LINK_PREFIX = "/api/v1/evidence/";

  public String link() {
    return LINK_PREFIX + id;
  }

  public byte[] bytes() {
    return Base64.getDecoder().decode(content);
  }

  /** The file as answers describe it, without its content. */
  public EvidenceView view() {
    return new EvidenceView(
        id, unit, indicator, period, name, contentType, size, uploadedBy, uploadedAt, link());
  }

  /** Whether the file backs the figure of {@code unit}, {@code indicator} and {@code period}. */
  public boolean backs(String unit, String indicator, String period) {
    return this.unit.equals(unit) && this.indicator.equals(indicator) && this.period.equals(period);
  }
}
