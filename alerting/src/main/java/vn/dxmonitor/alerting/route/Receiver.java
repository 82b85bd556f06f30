package vn.dxmonitor.alerting.route;

import java.util.List;

/**
 * The people responsible for a unit, and how to reach them: the alerts of the unit and of every
 * unit below it that has no receiver of its own come here.
 *
 * @param id stable, so notifications and digests can name it
 * @param unit the unit code whose subtree this receiver answers for
 * @param email addresses; empty for none
 */
public record Receiver(
    String id, String unit, String name, WebhookTarget webhook, List<String> email) {

  public Receiver {
    email = email == null ? List.of() : List.copyOf(email);
  }

  public Receiver hidden() {
    return withWebhook(webhook == null ? null : webhook.hidden());
  }

  /** As the audit trail keeps it, against the receiver of the same id before, if any. */
  public Receiver audited(Receiver before) {
    return withWebhook(
        webhook == null ? null : webhook.audited(before == null ? null : before.webhook()));
  }

  private Receiver withWebhook(WebhookTarget target) {
    return new Receiver(id, unit, name, target, email);
  }
}
