package vn.dxmonitor.alerting.rule;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import vn.dxmonitor.alerting.config.AlertingEntries;
import vn.dxmonitor.alerting.config.InvalidConfigurationException;
import vn.dxmonitor.alerting.config.Parsed;

/**
 * The rule configuration in force: the {@code alerting|rules} entry of the catalog topic, so every
 * instance applies the same rules and a change needs no restart. Parsed once per change. Until the
 * entry exists (or if it cannot be read), the configuration shipped with the service applies.
 */
public final class AlertRules implements Supplier<RuleSet> {

  static final String ENTRY = "rules";
  private static final Logger log = LoggerFactory.getLogger(AlertRules.class);

  private final AlertingEntries entries;
  private final Parsed<Current> current;

  private record Current(RulesDocument document, RuleSet rules) {}

  public AlertRules(AlertingEntries entries) {
    this.entries = entries;
    this.current = new Parsed<>(entries::version, this::parse);
  }

  @Override
  public RuleSet get() {
    return current.get().rules();
  }

  public RulesDocument document() {
    return current.get().document();
  }

  private Current parse() {
    try {
      RulesDocument document =
          entries.read(ENTRY, RulesDocument.class).orElseGet(RuleSetReader::defaultDocument);
      return new Current(document, RuleSetReader.read(document, null));
    } catch (JacksonException | InvalidConfigurationException e) {
      log.error("The stored alert rules cannot be used, the defaults apply: {}", e.getMessage());
      RulesDocument document = RuleSetReader.defaultDocument();
      return new Current(document, RuleSetReader.read(document, null));
    }
  }

  /**
   * Replaces the configuration after checking it against the catalog, leaves an audit entry and
   * returns once this instance applies it.
   *
   * @throws InvalidConfigurationException naming every field at fault
   */
  public RulesDocument replace(RulesDocument document, String actor) {
    RuleSetReader.read(document, entries.view().catalog());
    entries.write(ENTRY, document, actor, "replace", "alert-rules", document());
    return document;
  }

  /** Writes the shipped configuration when the catalog topic has none yet. */
  public void seedIfMissing() {
    if (entries.view().alertingEntry(ENTRY).isEmpty()) {
      entries.write(ENTRY, RuleSetReader.defaultDocument(), null, null, null, null);
      log.info("Seeded the alert rules into the catalog topic");
    }
  }
}
