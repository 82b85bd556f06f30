package vn.dxmonitor.alerting.route;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where a receiver's webhook posts, and the secret its HMAC signature is made with. The secret
 * leaves the process only on the catalog topic, where the receivers are stored for delivery: reads
 * show {@link #HIDDEN}, the audit trail whether it changed, and {@link #toString()} neither.
 *
 * @param secret at least 16 characters; shown as {@link #HIDDEN} to anyone reading the receivers
 */
public record WebhookTarget(String url, String secret) {

  /** What a read shows instead of the secret; writing it back keeps the stored secret. */
  public static final String HIDDEN = "******";

  /** What the audit trail records for a secret a receiver did not have before. */
  public static final String NEW_SECRET = "new";

  /** What the audit trail records for a secret that replaced another. */
  public static final String CHANGED_SECRET = "changed";

  /** What the audit trail records for a secret that stayed as it was. */
  public static final String UNCHANGED_SECRET = "unchanged";

  public WebhookTarget hidden() {
    return new WebhookTarget(url, secret == null ? null : HIDDEN);
  }

  /**
   * As the audit trail keeps it: the secret replaced by whether it is new, changed or unchanged.
   */
  public WebhookTarget audited(WebhookTarget before) {
    if (secret == null) {
      return this;
    }
    String marker;
    if (before == null || before.secret() == null) {
      marker = NEW_SECRET;
    } else {
      marker = before.secret().equals(secret) ? UNCHANGED_SECRET : CHANGED_SECRET;
    }
    return new WebhookTarget(url, marker);
  }

  /**
   * The scheme, host and port, for logs and dead letters: the path or query of some webhooks is a
   * credential too (a chat service's incoming-webhook token).
   */
  public String location() {
    if (url == null) {
      return "(no URL)";
    }
    try {
      URI uri = new URI(url);
      if (uri.getScheme() == null || uri.getHost() == null) {
        return "(not a URL)";
      }
      return uri.getScheme()
          + "://"
          + uri.getHost()
          + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    } catch (URISyntaxException e) {
      return "(not a URL)";
    }
  }

  @Override
  public String toString() {
    return "WebhookTarget[url=" + location() + ", secret=" + (secret == null ? null : HIDDEN) + "]";
  }
}
