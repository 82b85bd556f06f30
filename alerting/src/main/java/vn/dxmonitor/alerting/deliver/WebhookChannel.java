package vn.dxmonitor.alerting.deliver;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;
import vn.dxmonitor.alerting.notify.Notification;
import vn.dxmonitor.alerting.route.Receiver;
import vn.dxmonitor.alerting.route.RefusedWebhookHostException;
import vn.dxmonitor.alerting.route.WebhookHosts;
import vn.dxmonitor.alerting.route.WebhookTarget;
import vn.dxmonitor.runtime.json.JsonCodec;

/**
 * Posts the notification as JSON, signed (see {@link WebhookSignature}) and carrying its stable id
 * in {@code X-DX-Notification-Id}, so a receiver can drop one it already has. A 2xx answer is
 * delivery; 408, 429 and 5xx are worth another attempt; any other answer is final, a redirect
 * included (following one would let a webhook send us anywhere). The client resolves each host
 * through {@link WebhookHosts} and connects only to the addresses it checked, so a name that
 * resolves to an internal address by the time of sending is refused for good; uses no proxy. Errors
 * name the webhook by {@link WebhookTarget#location()}, never its path or query.
 */
public final class WebhookChannel implements Channel, AutoCloseable {

  public static final String ID_HEADER = "X-DX-Notification-Id";

  private final CloseableHttpClient http;
  private final Clock clock;

  /** Posting to public addresses only, the way a receiver is posted to by default. */
  public WebhookChannel(Duration timeout, Clock clock) {
    this(timeout, clock, WebhookHosts.publicOnly());
  }

  /**
   * @param timeout for connecting, and for each wait on the receiver's answer
   */
  public WebhookChannel(Duration timeout, Clock clock, WebhookHosts hosts) {
    Timeout limit = Timeout.of(timeout);
    this.http =
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setDnsResolver(new CheckedResolver(hosts))
                    .setDefaultConnectionConfig(
                        ConnectionConfig.custom()
                            .setConnectTimeout(limit)
                            .setSocketTimeout(limit)
                            .build())
                    .build())
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setConnectionRequestTimeout(limit)
                    .setResponseTimeout(limit)
                    .setRedirectsEnabled(false)
                    .build())
            .disableRedirectHandling()
            // The dispatcher decides when to try again, and counts it.
            .disableAutomaticRetries()
            .disableCookieManagement()
            .build();
    this.clock = clock;
  }

  @Override
  public String name() {
    return "webhook";
  }

  @Override
  public boolean reaches(Receiver receiver) {
    return receiver.webhook() != null;
  }

  @Override
  public void send(Notification notification, Receiver receiver) throws DeliveryFailedException {
    WebhookTarget webhook = receiver.webhook();
    String where = webhook.location();
    URI url = url(webhook);
    byte[] body = JsonCodec.write(notification);
    HttpPost post = new HttpPost(url);
    post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
    post.setHeader(ID_HEADER, notification.id());
    post.setHeader(
        WebhookSignature.HEADER,
        WebhookSignature.sign(webhook.secret(), clock.instant().getEpochSecond(), body));
    int status;
    try {
      status =
          http.execute(
              post,
              response -> {
                EntityUtils.consume(response.getEntity());
                return response.getCode();
              });
    } catch (RefusedWebhookHostException e) {
      throw new DeliveryFailedException("POST " + where + " refused: " + e.getMessage(), true, e);
    } catch (IOException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new DeliveryFailedException("POST " + where + " failed: " + why, false, e);
    }
    if (status >= 200 && status < 300) {
      return;
    }
    boolean retry = status == 408 || status == 429 || status >= 500;
    throw new DeliveryFailedException("POST " + where + " answered " + status, !retry);
  }

  private static URI url(WebhookTarget webhook) throws DeliveryFailedException {
    URI url;
    try {
      url = URI.create(webhook.url() == null ? "" : webhook.url());
    } catch (IllegalArgumentException e) {
      throw new DeliveryFailedException("the webhook's URL is not a URL", true, e);
    }
    if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme()))
        || url.getHost() == null) {
      throw new DeliveryFailedException(
          "the webhook's URL " + webhook.location() + " is not an http or https URL with a host",
          true);
    }
    return url;
  }

  @Override
  public void close() throws IOException {
    http.close();
  }

  /** Hands the client only addresses {@link WebhookHosts} checked. */
  private record CheckedResolver(WebhookHosts hosts) implements DnsResolver {

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
      return hosts.resolve(host);
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
      // Asked only for authentication schemes that need the canonical name; it connects nowhere.
      return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
    }
  }
}
