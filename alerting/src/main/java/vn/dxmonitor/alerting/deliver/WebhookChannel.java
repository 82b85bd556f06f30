package vn.dxmonitor.alerting.deliver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import vn.dxmonitor.alerting.notify.Notification;
import vn.dxmonitor.alerting.route.Receiver;
import vn.dxmonitor.runtime.json.JsonCodec;

/**
 * Posts the notification as JSON, signed (see {@link WebhookSignature}) and carrying its stable id
 * in {@code X-DX-Notification-Id}, so a receiver can drop one it already has. A 2xx answer is
 * delivery; 408, 429 and 5xx are worth another attempt; any other answer is final.
 */
public final class WebhookChannel implements Channel {

  public static final String ID_HEADER = "X-DX-Notification-Id";

  private final HttpClient http;
  private final Duration timeout;
  private final Clock clock;

  public WebhookChannel(Duration timeout, Clock clock) {
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    this.timeout = timeout;
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
    byte[] body = JsonCodec.write(notification);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(receiver.webhook().url()))
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header(ID_HEADER, notification.id())
            .header(
                WebhookSignature.HEADER,
                WebhookSignature.sign(
                    receiver.webhook().secret(), clock.instant().getEpochSecond(), body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<Void> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new DeliveryFailedException(
          "POST " + receiver.webhook().url() + " failed: " + e.getMessage(), false, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryFailedException("interrupted while posting the webhook", false, e);
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return;
    }
    boolean retry = status == 408 || status == 429 || status >= 500;
    throw new DeliveryFailedException(
        "POST " + receiver.webhook().url() + " answered " + status, !retry);
  }
}
