package vn.dxmonitor.alerting.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.alerting.notify.Notification;
import vn.dxmonitor.alerting.notify.NotificationKind;
import vn.dxmonitor.alerting.route.Receiver;
import vn.dxmonitor.alerting.route.Routes;
import vn.dxmonitor.alerting.route.Routing;
import vn.dxmonitor.alerting.route.WebhookTarget;
import vn.dxmonitor.alerting.support.WebhookReceiver;

/** Webhook delivery against a real local HTTP endpoint that fails on demand. */
class NotificationDispatcherTest {

  private static final String SECRET = "0123456789abcdef-secret";

  private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private WebhookReceiver receiver;
  private NotificationDispatcher dispatcher;

  @BeforeEach
  void start() throws Exception {
    receiver = new WebhookReceiver();
    Routes routes =
        new Routes(
            Routing.defaults(),
            List.of(
                new Receiver(
                    "gia-lai",
                    "52",
                    "Gia Lai",
                    new WebhookTarget(receiver.uri().toString(), SECRET),
                    List.of())));
    dispatcher =
        new NotificationDispatcher(
            List.of(new WebhookChannel(Duration.ofSeconds(5), Clock.systemUTC())),
            () -> routes,
            deadLetters::add,
            new Backoff(4, Duration.ofMillis(20), Duration.ofMillis(50)),
            Clock.systemUTC(),
            meters);
  }

  @AfterEach
  void stop() {
    receiver.close();
  }

  @Test
  void aReceiverThatIsDownForAWhileGetsTheNotificationOnALaterAttempt() {
    receiver.failNext(2, 503);
    dispatcher.dispatch(notification("n-1", "gia-lai"));

    assertThat(receiver.calls())
        .singleElement()
        .satisfies(
            call -> {
              assertThat(call.notificationId()).isEqualTo("n-1");
              assertThat(WebhookSignature.verify(SECRET, call.signature(), call.body())).isTrue();
            });
    assertThat(deadLetters).isEmpty();
    assertThat(
            meters
                .counter("dx.alerting.notifications", "channel", "webhook", "outcome", "retried")
                .count())
        .isEqualTo(2);
  }

  @Test
  void afterTheLastAttemptTheNotificationIsDeadLettered() {
    receiver.failNext(10, 502);
    dispatcher.dispatch(notification("n-2", "gia-lai"));

    assertThat(receiver.calls()).isEmpty();
    assertThat(deadLetters)
        .singleElement()
        .satisfies(
            letter -> {
              assertThat(letter.notificationId()).isEqualTo("n-2");
              assertThat(letter.channel()).isEqualTo("webhook");
              assertThat(letter.attempts()).isEqualTo(4);
              assertThat(letter.error()).contains("502");
            });
  }

  @Test
  void aRefusalIsNotTriedAgain() {
    receiver.failNext(10, 400);
    dispatcher.dispatch(notification("n-3", "gia-lai"));

    assertThat(deadLetters)
        .singleElement()
        .satisfies(letter -> assertThat(letter.attempts()).isEqualTo(1));
  }

  @Test
  void aNotificationForAReceiverNoLongerConfiguredIsDeadLettered() {
    dispatcher.dispatch(notification("n-4", "gone"));

    assertThat(deadLetters)
        .singleElement()
        .satisfies(letter -> assertThat(letter.error()).contains("'gone'"));
  }

  private static Notification notification(String id, String receiver) {
    return new Notification(
        id,
        NotificationKind.ALERTS,
        receiver,
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
