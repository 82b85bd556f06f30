package vn.dxmonitor.alerting.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.alerting.notify.Notification;
import vn.dxmonitor.alerting.notify.NotificationKind;
import vn.dxmonitor.alerting.route.Receiver;
import vn.dxmonitor.alerting.route.Routes;
import vn.dxmonitor.alerting.route.Routing;
import vn.dxmonitor.alerting.route.WebhookHosts;
import vn.dxmonitor.alerting.route.WebhookTarget;
import vn.dxmonitor.alerting.support.WebhookReceiver;
import vn.dxmonitor.testsupport.time.MovableClock;

/**
 * Webhook delivery against a real local HTTP endpoint that fails on demand. The dispatcher makes
 * one attempt per call and hands a failure to the retries; the tests play the retry topic's part.
 */
class NotificationDispatcherTest {

  private static final String SECRET = "0123456789abcdef-secret";
  private static final Backoff BACKOFF =
      new Backoff(4, Duration.ofSeconds(10), Duration.ofMinutes(1));

  private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T01:00:00Z"));
  private final Deque<NotificationRetry> retries = new ArrayDeque<>();
  private final List<DeadLetter> deadLetters = new ArrayList<>();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final AtomicReference<Routes> routes = new AtomicReference<>();
  private WebhookReceiver receiver;
  private WebhookChannel webhook;
  private NotificationDispatcher dispatcher;

  @BeforeEach
  void start() throws Exception {
    receiver = new WebhookReceiver();
    routes.set(
        new Routes(
            Routing.defaults(),
            List.of(
                new Receiver(
                    "gia-lai",
                    "52",
                    "Gia Lai",
                    new WebhookTarget(receiver.uri().toString(), SECRET),
                    List.of()))));
    webhook =
        new WebhookChannel(
            Duration.ofSeconds(5),
            clock,
            new WebhookHosts(List.of("127.0.0.1"), InetAddress::getAllByName));
    dispatcher =
        new NotificationDispatcher(
            List.of(webhook),
            id -> routes.get().receiver(id),
            retries::add,
            deadLetters::add,
            BACKOFF,
            clock,
            meters);
  }

  @AfterEach
  void stop() throws Exception {
    webhook.close();
    receiver.close();
  }

  @Test
  void aFailedAttemptBecomesARetryDueAfterItsBackoffAndTheCallerGoesOnAtOnce() {
    receiver.failNext(1, 503);

    long started = System.nanoTime();
    dispatcher.dispatch(notification("n-1", "gia-lai"));

    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .as("no back-off waited out")
        .isLessThan(Duration.ofSeconds(5));
    assertThat(retries)
        .singleElement()
        .satisfies(
            retry -> {
              assertThat(retry.notification().id()).isEqualTo("n-1");
              assertThat(retry.channel()).isEqualTo("webhook");
              assertThat(retry.attempt()).isEqualTo(2);
              assertThat(retry.dueAt()).isEqualTo(clock.instant().plusSeconds(10));
              assertThat(retry.lastError()).contains("503");
            });
    assertThat(receiver.calls()).isEmpty();
    assertThat(deadLetters).isEmpty();
  }

  @Test
  void aReceiverThatIsDownForAWhileGetsTheNotificationOnALaterAttempt() {
    receiver.failNext(2, 503);
    dispatcher.dispatch(notification("n-1", "gia-lai"));
    List<Duration> waits = retryAll();

    assertThat(waits).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(20));
    assertThat(receiver.calls())
        .singleElement()
        .satisfies(
            call -> {
              assertThat(call.notificationId()).isEqualTo("n-1");
              assertThat(
                      WebhookSignature.verify(
                          SECRET, call.signature(), call.body(), Duration.ofMinutes(5), clock))
                  .as("signed afresh at the attempt that arrived")
                  .isTrue();
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
    retryAll();

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

    assertThat(retries).isEmpty();
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

  @Test
  void aRetryForAReceiverRemovedInTheMeantimeIsDeadLettered() {
    receiver.failNext(1, 503);
    dispatcher.dispatch(notification("n-5", "gia-lai"));
    routes.set(Routes.none());
    retryAll();

    assertThat(deadLetters)
        .singleElement()
        .satisfies(
            letter -> {
              assertThat(letter.attempts()).isEqualTo(1);
              assertThat(letter.channel()).isEqualTo("webhook");
              assertThat(letter.error()).contains("no longer configured");
            });
  }

  /** Makes each retry when it is due, as the retry listener would; returns the waits. */
  private List<Duration> retryAll() {
    List<Duration> waits = new ArrayList<>();
    while (!retries.isEmpty()) {
      NotificationRetry retry = retries.poll();
      Duration wait = Duration.between(clock.instant(), retry.dueAt());
      waits.add(wait);
      clock.advance(wait);
      dispatcher.retry(retry);
    }
    return waits;
  }

  private Notification notification(String id, String receiver) {
    return new Notification(
        id,
        NotificationKind.ALERTS,
        receiver,
        "52",
        "52",
        "work-records-online",
        clock.instant(),
        List.of(),
        List.of(),
        0,
        0);
  }
}
