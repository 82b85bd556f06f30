package vn.dxmonitor.dashboard.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.dxmonitor.dashboard.settings.DashboardProperties;
import vn.dxmonitor.dashboard.support.Values;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.model.value.IndicatorValue;

class LiveClientsTest {

  private static final Instant NOW = Instant.parse("2026-03-10T01:00:00Z");

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final LiveClients clients =
      new LiveClients(
          new DashboardProperties(Duration.ofMinutes(30), Duration.ofSeconds(15), 20, 3), meters);

  @AfterEach
  void stop() {
    clients.stop();
  }

  @Test
  void connectedBrowsersAreCountedInAGauge() {
    clients.start();

    clients.connect();
    clients.connect();

    assertThat(clients.size()).isEqualTo(2);
    assertThat(meters.get("dx.dashboard.stream.clients").gauge().value()).isEqualTo(2.0);
  }

  @Test
  void stoppingEndsEveryStreamSoTheServerCanShutDownAtOnce() {
    clients.start();
    clients.connect();

    clients.stop();

    assertThat(clients.size()).isZero();
    assertThat(clients.isRunning()).isFalse();
  }

  @Test
  void aSlowBrowserDelaysNobodyAndIsLetGoOnceTooFarBehind() throws Exception {
    clients.start();
    CountDownLatch never = new CountDownLatch(1);
    FakeBrowser slow = new FakeBrowser(never);
    FakeBrowser quick = new FakeBrowser(null);
    clients.register(new LiveClient(slow, unit -> true, () -> true, 3));
    clients.register(new LiveClient(quick, unit -> true, () -> true, 100));

    for (int i = 0; i < 10; i++) {
      IndicatorValue value = Values.value("21583", "work-records-online", i, Status.ON_TRACK, NOW);
      // The publisher (the Kafka thread) must never wait on a browser
      CompletableFuture.runAsync(() -> clients.publish(value)).get(10, TimeUnit.SECONDS);
    }

    await().atMost(Duration.ofSeconds(10)).until(() -> quick.received() == 10);
    assertThat(clients.size()).isEqualTo(1);
    assertThat(slow.isComplete()).isTrue();
    assertThat(meters.get("dx.dashboard.stream.dropped").tag("reason", "slow").counter().count())
        .isEqualTo(1.0);
    never.countDown();
  }

  @Test
  void aViewerNoLongerSignedInIsLetGoAtTheNextHeartbeat() {
    LiveClients beating =
        new LiveClients(
            new DashboardProperties(Duration.ofMinutes(30), Duration.ofMillis(100), 20, 10),
            meters);
    beating.start();
    AtomicBoolean signedIn = new AtomicBoolean(true);
    FakeBrowser browser = new FakeBrowser(null);
    beating.register(new LiveClient(browser, unit -> true, signedIn::get, 10));
    await().atMost(Duration.ofSeconds(5)).until(() -> browser.received() > 0);

    signedIn.set(false);

    await().atMost(Duration.ofSeconds(5)).until(() -> beating.size() == 0);
    assertThat(browser.isComplete()).isTrue();
    assertThat(
            meters.get("dx.dashboard.stream.dropped").tag("reason", "signed-out").counter().count())
        .isEqualTo(1.0);
    beating.stop();
  }

  /**
   * An emitter that counts what it is sent, and can hang on the first send as a stalled browser.
   */
  private static final class FakeBrowser extends SseEmitter {

    private final CountDownLatch hang;
    private final AtomicInteger received = new AtomicInteger();
    private volatile boolean complete;

    FakeBrowser(CountDownLatch hang) {
      this.hang = hang;
    }

    @Override
    public void send(Set<ResponseBodyEmitter.DataWithMediaType> items) throws IOException {
      if (hang != null) {
        try {
          hang.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException(e);
        }
      }
      received.incrementAndGet();
    }

    @Override
    public void complete() {
      complete = true;
    }

    int received() {
      return received.get();
    }

    boolean isComplete() {
      return complete;
    }
  }
}
