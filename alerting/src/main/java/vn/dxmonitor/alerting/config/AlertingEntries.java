package vn.dxmonitor.alerting.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.clients.producer.RecordMetadata;
import vn.dxmonitor.runtime.catalog.topic.AuditEntry;
import vn.dxmonitor.runtime.catalog.topic.CatalogEntry;
import vn.dxmonitor.runtime.catalog.topic.CatalogView;
import vn.dxmonitor.runtime.catalog.topic.CatalogWriter;
import vn.dxmonitor.runtime.json.JsonCodec;

/**
 * The alerting configuration kept on {@code dx.catalog} (rules, receivers, silences): every
 * instance reads the same entries, a change needs no restart, and each change leaves an audit
 * entry. A write returns once this instance reads it back, so the caller's next read sees it.
 */
public final class AlertingEntries {

  private static final Duration READ_BACK = Duration.ofSeconds(30);

  private final CatalogView view;
  private final CatalogWriter writer;
  private final Clock clock;

  public AlertingEntries(CatalogView view, CatalogWriter writer, Clock clock) {
    this.view = view;
    this.writer = writer;
    this.clock = clock;
  }

  /** Grows with every change to any alerting entry: readers cache what they parsed against it. */
  public long version() {
    return view.alertingVersion();
  }

  public CatalogView view() {
    return view;
  }

  public Instant now() {
    return clock.instant();
  }

  public <T> Optional<T> read(String name, Class<T> type) {
    return view.alertingEntry(name).map(json -> JsonCodec.read(json, type));
  }

  /**
   * Writes an entry and its audit entry, then waits until this instance reads the entry back.
   *
   * @param kind what the audit entry calls the entry, e.g. {@code alert-rules}
   * @param before the entry as it was, or null when it is new
   */
  public void write(
      String name, Object document, String actor, String action, String kind, Object before) {
    write(name, document, actor, action, kind, before, document);
  }

  /**
   * Writes an entry, and an audit entry that records it as {@code audited}: an entry holding
   * secrets is audited without them, since the audit trail is read more widely than the entry.
   *
   * @param before the entry as it was, as the audit trail may show it, or null when it is new
   */
  public void write(
      String name,
      Object document,
      String actor,
      String action,
      String kind,
      Object before,
      Object audited) {
    CatalogEntry entry = CatalogEntry.alerting(name, document);
    RecordMetadata written =
        actor == null
            ? writer.put(entry)
            : writer.putAudited(
                entry, new AuditEntry(clock.instant(), actor, action, kind, name, before, audited));
    view.requireApplied(written, READ_BACK, "alerting entry '" + name + "'");
  }
}
