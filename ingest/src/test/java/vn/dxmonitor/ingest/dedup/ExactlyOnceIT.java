package vn.dxmonitor.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxmonitor.ingest.support.Api.event;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.ingest.support.Api;
import vn.dxmonitor.ingest.support.IngestApiTest;
import vn.dxmonitor.ingest.support.IngestTest;
import vn.dxmonitor.model.event.MetricEvent;

/** Retries — repeated, concurrent, after a cut-off request, after a restart — stored once. */
@IngestTest
class ExactlyOnceIT extends IngestApiTest {

  @Override
  protected String source() {
    return "e-office";
  }

  @Test
  void theSameBatchPostedTwiceIsStoredOnce() {
    String batch = batch("eo-twice-", 20);

    JsonNode first = api.events(batch, key).json();
    JsonNode second = api.events(batch, key).json();

    assertThat(first.get("accepted").intValue()).isEqualTo(20);
    assertThat(first.get("duplicates").intValue()).isZero();
    assertThat(second.get("accepted").intValue()).isZero();
    assertThat(second.get("duplicates").intValue()).isEqualTo(20);
    assertThat(topic.events("eo-twice-")).hasSize(20);
  }

  @Test
  void anotherSourceMayUseTheSameEventId() {
    String other = Api.sourceKey(keys, "statistics", "52");

    api.events(event("eo-shared-1", "21583", 1, 1), key);
    JsonNode answer = api.events(event("eo-shared-1", "21583", 1, 1), other).json();

    assertThat(answer.get("accepted").intValue()).isEqualTo(1);
    assertThat(topic.events("eo-shared-"))
        .extracting(MetricEvent::source)
        .containsExactlyInAnyOrder("e-office", "statistics");
  }

  @Test
  void concurrentRetriesOfOneBatchStoreItOnce() throws Exception {
    String batch = batch("eo-race-", 30);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Callable<JsonNode>> posts = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        posts.add(() -> api.events(batch, key).json());
      }
      int accepted = 0;
      int duplicates = 0;
      for (Future<JsonNode> answer : pool.invokeAll(posts)) {
        accepted += answer.get().get("accepted").intValue();
        duplicates += answer.get().get("duplicates").intValue();
      }

      assertThat(accepted).isEqualTo(30);
      assertThat(duplicates).isEqualTo(5 * 30);
      assertThat(topic.events("eo-race-")).hasSize(30);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aBatchCutOffMidRequestStoresNothingAndItsRetryStoresAll() throws Exception {
    byte[] body = batch("eo-cut-", 25).getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket("127.0.0.1", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  + "Authorization: Bearer "
                  + key
                  + "\r\nContent-Length: "
                  + body.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(body, 0, body.length / 2);
      out.flush();
    }
    Thread.sleep(500);
    assertThat(topic.events("eo-cut-")).isEmpty();

    JsonNode retry = api.events(new String(body, StandardCharsets.UTF_8), key).json();

    assertThat(retry.get("accepted").intValue()).isEqualTo(25);
    assertThat(topic.events("eo-cut-")).hasSize(25);
  }

  @Test
  void aNewInstanceKnowsWhatWasAcceptedBefore() throws Exception {
    api.events(batch("eo-restart-", 5), key);

    try (AcceptedLedger restarted =
        new AcceptedLedger(
            Map.of("bootstrap.servers", broker.getBrokersAsString()),
            Duration.ofDays(7),
            1_000_000,
            Clock.systemUTC(),
            "another-instance",
            event -> null)) {
      restarted.start();
      assertThat(restarted.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();

      Claim claim =
          restarted.claim(
              List.of(
                  offer("eo-restart-0", 0),
                  offer("eo-restart-4", 1),
                  offer("eo-new-1", 1),
                  offer("eo-restart-2", 0)),
              Duration.ofSeconds(1));

      assertThat(claim.verdict(0)).isEqualTo(Verdict.DUPLICATE);
      assertThat(claim.verdict(1)).isEqualTo(Verdict.DUPLICATE);
      assertThat(claim.verdict(2)).isEqualTo(Verdict.NEW);
      assertThat(claim.verdict(3)).isEqualTo(Verdict.REVISION);
      assertThat(claim.keys()).containsExactly("e-office|eo-new-1", "e-office|eo-restart-2");
      restarted.release(claim, false);
    }
  }

  @Test
  void aRepeatWithinOneBatchIsADuplicate() {
    JsonNode answer =
        api.events(
                "["
                    + event("eo-inner-1", "21583", 1, 1)
                    + ","
                    + event("eo-inner-1", "21583", 1, 1)
                    + "]",
                key)
            .json();

    assertThat(answer.get("accepted").intValue()).isEqualTo(1);
    assertThat(answer.get("duplicates").intValue()).isEqualTo(1);
    assertThat(topic.events("eo-inner-")).hasSize(1);
  }

  /** An event as the batch below sends it for {@code id} (…-i), with the given numerator. */
  private static AcceptedLedger.Offer offer(String id, long numerator) {
    int i = Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
    return new AcceptedLedger.Offer(
        MetricEvent.ratio(
            id,
            "e-office",
            i % 2 == 0 ? "21583" : "21589",
            "work-records-online",
            java.time.Instant.parse(vn.dxmonitor.ingest.support.Api.YESTERDAY),
            numerator,
            1),
        false);
  }

  private static String batch(String prefix, int size) {
    List<String> events = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      events.add(event(prefix + i, i % 2 == 0 ? "21583" : "21589", i % 3 == 0 ? 0 : 1, 1));
    }
    return "[" + String.join(",", events) + "]";
  }
}
