package vn.dxmonitor.alerting.route;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import vn.dxmonitor.alerting.config.AlertingEntries;
import vn.dxmonitor.alerting.config.InvalidConfigurationException;
import vn.dxmonitor.alerting.config.Parsed;

/**
 * The receivers in force: the {@code alerting|receivers} entry of the catalog topic. Until there is
 * one, alerts are recorded and mirrored to Alertmanager but notify no one.
 */
public final class AlertReceivers implements Supplier<Routes> {

  static final String ENTRY = "receivers";
  private static final Logger log = LoggerFactory.getLogger(AlertReceivers.class);

  private final AlertingEntries entries;
  private final WebhookHosts hosts;
  private final Parsed<Current> current;

  private record Current(ReceiversDocument document, Routes routes) {}

  /**
   * @param hosts the hosts a webhook being set may post to
   */
  public AlertReceivers(AlertingEntries entries, WebhookHosts hosts) {
    this.entries = entries;
    this.hosts = hosts;
    this.current = new Parsed<>(entries::version, this::parse);
  }

  @Override
  public Routes get() {
    return current.get().routes();
  }

  /** The document with its secrets, for delivery; show {@link ReceiversDocument#hidden()}. */
  public ReceiversDocument document() {
    return current.get().document();
  }

  private Current parse() {
    try {
      ReceiversDocument document =
          entries.read(ENTRY, ReceiversDocument.class).orElseGet(ReceiversDocument::empty);
      return new Current(document, ReceiversReader.read(document, null));
    } catch (JacksonException | InvalidConfigurationException e) {
      log.error("The stored receivers cannot be used, no one is notified: {}", e.getMessage());
      return new Current(ReceiversDocument.empty(), Routes.none());
    }
  }

  /**
   * Replaces the receivers. A webhook secret written as {@link WebhookTarget#HIDDEN} keeps the
   * secret stored for the receiver of the same id, so a document read and written back loses none.
   * The audit entry says of each secret whether it is new, changed or unchanged, never what it is.
   *
   * @throws InvalidConfigurationException naming every field at fault, a webhook to an internal
   *     address among them
   */
  public ReceiversDocument replace(ReceiversDocument document, String actor) {
    ReceiversDocument before = document();
    ReceiversDocument merged = keepSecrets(document, before);
    ReceiversReader.read(merged, entries.view().units(), hosts);
    entries.write(
        ENTRY,
        merged,
        actor,
        "replace",
        "alert-receivers",
        before.hidden(),
        merged.audited(before));
    return merged;
  }

  private static ReceiversDocument keepSecrets(
      ReceiversDocument document, ReceiversDocument before) {
    List<Receiver> receivers = new ArrayList<>();
    for (Receiver receiver : document.receivers()) {
      if (receiver != null
          && receiver.webhook() != null
          && WebhookTarget.HIDDEN.equals(receiver.webhook().secret())) {
        String stored =
            before.receivers().stream()
                .filter(old -> old.id().equals(receiver.id()) && old.webhook() != null)
                .map(old -> old.webhook().secret())
                .findFirst()
                .orElse(null);
        receivers.add(
            new Receiver(
                receiver.id(),
                receiver.unit(),
                receiver.name(),
                new WebhookTarget(receiver.webhook().url(), stored),
                receiver.email()));
      } else {
        receivers.add(receiver);
      }
    }
    return new ReceiversDocument(document.routing(), receivers);
  }
}
