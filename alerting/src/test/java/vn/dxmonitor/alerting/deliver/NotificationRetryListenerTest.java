package vn.dxmonitor.alerting.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.Acknowledgment;
import vn.dxmonitor.alerting.notify.Notification;
import vn.dxmonitor.alerting.notify.NotificationKind;
import vn.dxmonitor.alerting.route.Receiver;
import vn.dxmonitor.alerting.route.Routes;
import vn.dxmonitor.alerting.route.Routing;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.testsupport.time.MovableClock;

class NotificationRetryListenerTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T01:00:00Z"));
  private final List<String> sent = new ArrayList<>();
  private final NotificationDispatcher dispatcher =
      new NotificationDispatcher(
          List.of(new RecordingChannel()),
          new Routes(
                  Routing.defaults(),
                  List.of(new Receiver("gia-lai", "52", "Gia Lai", null, List.of("a@b.vn"))))
              ::receiver,
          retry -> {},
          letter -> {},
          new Backoff(3, Duration.ofSeconds(1), Duration.ofSeconds(4)),
          clock,
          new SimpleMeterRegistry());
  private final NotificationRetryListener listener =
      new NotificationRetryListener(dispatcher, clock);

  @Test
  void aRetryNotYetDueIsSentBackToWaitUntilItIsDueWithoutBeingMade() {
    RecordingAcknowledgment acknowledgment = new RecordingAcknowledgment();

    listener.retry(record(retryDueIn(Duration.ofSeconds(3))), acknowledgment);

    assertThat(acknowledgment.nacked).containsExactly(Duration.ofSeconds(3));
    assertThat(acknowledgment.acknowledged).isFalse();
    assertThat(sent).isEmpty();
  }

  @Test
  void aDueRetryIsMadeAndThenCommitted() {
    RecordingAcknowledgment acknowledgment = new RecordingAcknowledgment();
    ConsumerRecord<String, byte[]> record = record(retryDueIn(Duration.ofSeconds(3)));
    clock.advance(Duration.ofSeconds(3));

    listener.retry(record, acknowledgment);

    assertThat(sent).containsExactly("n-1");
    assertThat(acknowledgment.acknowledged).isTrue();
    assertThat(acknowledgment.nacked).isEmpty();
  }

  private NotificationRetry retryDueIn(Duration wait) {
    Notification notification =
        new Notification(
            "n-1",
            NotificationKind.ALERTS,
            "gia-lai",
            "52",
            "52",
            "work-records-online",
            clock.instant(),
            List.of(),
            List.of(),
            0,
            0);
    return new NotificationRetry(notification, "email", 2, clock.instant().plus(wait), "down");
  }

  private static ConsumerRecord<String, byte[]> record(NotificationRetry retry) {
    return new ConsumerRecord<>(
        NotificationRetries.TOPIC, 0, 7L, "gia-lai", JsonCodec.write(retry));
  }

  private final class RecordingChannel implements Channel {

    @Override
    public String name() {
      return "email";
    }

    @Override
    public boolean reaches(Receiver receiver) {
      return true;
    }

    @Override
    public void send(Notification notification, Receiver receiver) {
      sent.add(notification.id());
    }
  }

  private static final class RecordingAcknowledgment implements Acknowledgment {

    private boolean acknowledged;
    private final List<Duration> nacked = new ArrayList<>();

    @Override
    public void acknowledge() {
      acknowledged = true;
    }

    @Override
    public void nack(Duration sleep) {
      nacked.add(sleep);
    }
  }
}
