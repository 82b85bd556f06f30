package vn.dxmonitor.alerting.route;

/**
 * Where a receiver's webhook posts, and the secret its HMAC signature is made with.
 *
 * @param secret at least 16 characters; shown as {@link #HIDDEN} to anyone reading the receivers
 */
public record WebhookTarget(String url, String secret) {

  /** What a read shows instead of the secret; writing it back keeps the stored secret. */
  public static final String HIDDEN = "******";

  public WebhookTarget hidden() {
    return new WebhookTarget(url, secret == null ? null : HIDDEN);
  }
}
