package vn.dxmonitor.alerting.rule;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import vn.dxmonitor.runtime.catalog.topic.AuditEntry;
import vn.dxmonitor.runtime.catalog.topic.CatalogView;
import vn.dxmonitor.runtime.catalog.topic.CatalogWriter;
import vn.dxmonitor.runtime.json.JsonCodec;

/**
 * The rule configuration in force: the {@code alerting|rules} entry of the catalog topic, so every
 * instance applies the same rules and a change needs no restart. Parsed once per change. Until the
 * entry exists (or if it cannot be read), the configuration shipped with the service applies.
 */
public final class AlertRules implements Supplier<RuleSet> {

  static final String ENTRY = "rules";
  private static final Logger log = LoggerFactory.getLogger(AlertRules.class);
  private static final Duration READ_BACK = Duration.ofSeconds(30);

  private final CatalogView view;
  private final CatalogWriter writer;
  private final Clock clock;
  private volatile Parsed parsed;

  private record Parsed(long version, RulesDocument document, RuleSet rules) {}

  public AlertRules(CatalogView view, CatalogWriter writer, Clock clock) {
    this.view = view;
    this.writer = writer;
    this.clock = clock;
  }

  @Override
  public RuleSet get() {
    return current().rules();
  }

  public RulesDocument document() {
    return current().document();
  }

  private Parsed current() {
    long version = view.alertingVersion();
    Parsed known = parsed;
    if (known != null && known.version() == version) {
      return known;
    }
    RulesDocument document;
    RuleSet rules;
    try {
      document =
          view.alertingEntry(ENTRY)
              .map(json -> JsonCodec.read(json, RulesDocument.class))
              .orElseGet(RuleSetReader::defaultDocument);
      rules = RuleSetReader.read(document, null);
    } catch (JacksonException | InvalidRulesException e) {
      log.error("The stored alert rules cannot be used, the defaults apply: {}", e.getMessage());
      document = RuleSetReader.defaultDocument();
      rules = RuleSetReader.read(document, null);
    }
    Parsed fresh = new Parsed(version, document, rules);
    parsed = fresh;
    return fresh;
  }

  /**
   * Replaces the configuration after checking it against the catalog, leaves an audit entry and
   * returns once this instance applies it.
   *
   * @throws InvalidRulesException naming every field at fault
   */
  public RulesDocument replace(RulesDocument document, String actor) {
    RuleSetReader.read(document, view.catalog());
    RulesDocument before = document();
    RecordMetadata written = writer.putAlerting(ENTRY, document);
    writer.putAudit(
        new AuditEntry(clock.instant(), actor, "replace", "alert-rules", ENTRY, before, document));
    awaitApplied(written);
    return document;
  }

  /** Writes the shipped configuration when the catalog topic has none yet. */
  public void seedIfMissing() {
    if (view.alertingEntry(ENTRY).isEmpty()) {
      awaitApplied(writer.putAlerting(ENTRY, RuleSetReader.defaultDocument()));
      log.info("Seeded the alert rules into the catalog topic");
    }
  }

  private void awaitApplied(RecordMetadata written) {
    try {
      if (!view.awaitApplied(written, READ_BACK)) {
        throw new IllegalStateException("the rules were written but not read back in " + READ_BACK);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the rules back", e);
    }
  }
}
