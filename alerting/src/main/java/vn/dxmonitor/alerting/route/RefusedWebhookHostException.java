package vn.dxmonitor.alerting.route;

import java.net.UnknownHostException;

/**
 * A webhook's host resolves to an internal address it may not be posted to. An {@link
 * UnknownHostException}, so that an HTTP client's resolver may throw it: to the client, the host
 * has no address it may use.
 */
public class RefusedWebhookHostException extends UnknownHostException {

  public RefusedWebhookHostException(String message) {
    super(message);
  }
}
