package vn.dxmonitor.alerting.deliver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.alerting.notify.Notification;
import vn.dxmonitor.alerting.notify.NotificationKind;
import vn.dxmonitor.alerting.route.Receiver;
import vn.dxmonitor.alerting.route.WebhookHosts;
import vn.dxmonitor.alerting.route.WebhookTarget;
import vn.dxmonitor.alerting.support.WebhookReceiver;

/**
 * Where the webhook client may connect, against a real local endpoint: it posts only to the
 * addresses {@link WebhookHosts} checked, when it connects, and follows no redirect.
 */
class WebhookChannelTest {

  private static final String SECRET = "0123456789abcdef-secret";

  private final List<WebhookChannel> channels = new ArrayList<>();
  private WebhookReceiver receiver;

  @BeforeEach
  void start() throws Exception {
    receiver = new WebhookReceiver();
  }

  @AfterEach
  void stop() throws Exception {
    for (WebhookChannel channel : channels) {
      channel.close();
    }
    receiver.close();
  }

  private WebhookChannel channel(WebhookHosts hosts) {
    WebhookChannel channel = new WebhookChannel(Duration.ofSeconds(2), Clock.systemUTC(), hosts);
    channels.add(channel);
    return channel;
  }

  @Test
  void aWebhookOnALoopbackAddressIsRefusedWithoutACall() throws Exception {
    // As built without a list of allowed hosts: public addresses only.
    WebhookChannel channel = new WebhookChannel(Duration.ofSeconds(2), Clock.systemUTC());
    channels.add(channel);

    assertThatThrownBy(() -> channel.send(notification(), to(receiver.uri().toString())))
        .isInstanceOfSatisfying(
            DeliveryFailedException.class,
            e -> {
              assertThat(e.isPermanent()).as("refused for good, not tried again").isTrue();
              assertThat(e.getMessage()).contains("127.0.0.1").contains("a loopback address");
            });
    assertThat(receiver.calls()).isEmpty();
  }

  @Test
  void aNameThatResolvesToAnInternalAddressOnlyBySendingTimeIsRefused() throws Exception {
    // The name resolved to a public address when the receivers were set, then rebound.
    AtomicInteger lookups = new AtomicInteger();
    WebhookHosts hosts =
        new WebhookHosts(
            List.of(),
            host ->
                new InetAddress[] {
                  InetAddress.getByName(
                      lookups.getAndIncrement() == 0 ? "203.0.113.7" : "127.0.0.1")
                });
    assertThat(hosts.refusal("rebinding.dx.test")).isEmpty();
    WebhookChannel channel = channel(hosts);

    assertThatThrownBy(
            () ->
                channel.send(
                    notification(),
                    to("http://rebinding.dx.test:" + receiver.uri().getPort() + "/hook")))
        .isInstanceOfSatisfying(
            DeliveryFailedException.class,
            e -> {
              assertThat(e.isPermanent()).isTrue();
              assertThat(e.getMessage()).contains("resolves to 127.0.0.1, a loopback address");
            });
    assertThat(receiver.calls()).isEmpty();
  }

  @Test
  void anAllowedHostIsConnectedToAtTheVeryAddressThatWasChecked() throws Exception {
    // No resolver but this one knows the name: a call that arrives went where it was checked.
    WebhookHosts hosts =
        new WebhookHosts(
            List.of("hooks.dx.test"),
            host -> {
              if (!host.equals("hooks.dx.test")) {
                throw new UnknownHostException(host);
              }
              return new InetAddress[] {InetAddress.getByName("127.0.0.1")};
            });
    WebhookChannel channel = channel(hosts);

    channel.send(notification(), to("http://hooks.dx.test:" + receiver.uri().getPort() + "/hook"));

    assertThat(receiver.calls())
        .singleElement()
        .satisfies(call -> assertThat(call.notificationId()).isEqualTo("n-1"));
  }

  @Test
  void aRedirectIsNotFollowed() throws Exception {
    HttpServer redirecting = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    redirecting.createContext(
        "/hook",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.getResponseHeaders().add("Location", receiver.uri().toString());
          exchange.sendResponseHeaders(307, -1);
          exchange.close();
        });
    redirecting.start();
    try {
      WebhookChannel channel =
          channel(new WebhookHosts(List.of("127.0.0.1"), InetAddress::getAllByName));

      assertThatThrownBy(
              () ->
                  channel.send(
                      notification(),
                      to("http://127.0.0.1:" + redirecting.getAddress().getPort() + "/hook")))
          .isInstanceOfSatisfying(
              DeliveryFailedException.class,
              e -> {
                assertThat(e.isPermanent()).isTrue();
                assertThat(e.getMessage()).contains("answered 307");
              });
      assertThat(receiver.calls()).isEmpty();
    } finally {
      redirecting.stop(0);
    }
  }

  @Test
  void aFailureNamesTheWebhookByItsHostNeverByItsPathOrQuery() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    WebhookChannel channel =
        channel(new WebhookHosts(List.of("127.0.0.1"), InetAddress::getAllByName));

    assertThatThrownBy(
            () ->
                channel.send(
                    notification(),
                    to("http://127.0.0.1:" + closed + "/services/T0/token-abc?key=k-123")))
        .isInstanceOfSatisfying(
            DeliveryFailedException.class,
            e -> {
              assertThat(e.isPermanent()).as("a network error is worth another try").isFalse();
              assertThat(e.getMessage())
                  .contains("http://127.0.0.1:" + closed)
                  .doesNotContain("token-abc")
                  .doesNotContain("k-123");
            });
  }

  private static Receiver to(String url) {
    return new Receiver("gia-lai", "52", "Gia Lai", new WebhookTarget(url, SECRET), List.of());
  }

  private static Notification notification() {
    return new Notification(
        "n-1",
        NotificationKind.ALERTS,
        "gia-lai",
        "52",
        "52",
        "work-records-online",
        Instant.now(),
        List.of(),
        List.of(),
        0,
        0);
  }
}
