package vn.dxmonitor.ingest.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dxmonitor.ingest.support.Api.event;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dxmonitor.ingest.IngestApplication;
import vn.dxmonitor.ingest.support.Api;
import vn.dxmonitor.model.recovery.Recovery;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;
import vn.dxmonitor.runtime.recovery.RecoveryJournal;
import vn.dxmonitor.testsupport.kafka.KafkaServerProcess;

/**
 * A broker that goes away is noticed without any request (readiness says so), and from then on
 * every request is refused at once — a hundred at the same time, each within a second — with 503
 * and Retry-After, counted; when the broker is back, so is ingest.
 */
@SpringBootTest(
    classes = IngestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"dx.ingest.retry-after=3s", "server.tomcat.threads.max=200"})
@DirtiesContext
class BrokerAwayIT {

  private static final Logger log = LoggerFactory.getLogger(BrokerAwayIT.class);
  private static final int CONCURRENT = 100;
  private static KafkaServerProcess broker;

  @LocalServerPort int port;
  @Autowired ApiKeyRegistry keys;
  @Autowired MeterRegistry meters;
  @Autowired BrokerCircuit circuit;
  @Autowired RecoveryJournal journal;

  @DynamicPropertySource
  static void kafka(DynamicPropertyRegistry registry) {
    broker = KafkaServerProcess.start(Path.of("target"));
    registry.add("spring.kafka.bootstrap-servers", broker::bootstrapServers);
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  @Test
  void whileTheBrokerIsAwayEveryRequestIsRefusedAtOnceAndReadinessSaysSo() throws Exception {
    Api api = new Api(port);
    String key = Api.sourceKey(keys, "e-office", "52");
    assertThat(api.events("[" + event("away-0", "21583", 1, 1) + "]", key).status()).isEqualTo(202);
    assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);

    // When the broker dies, readiness notices it without any request being sent
    broker.stop(true);
    long killed = System.nanoTime();
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(
            () -> assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(503));
    log.info(
        "Readiness went DOWN {} ms after the broker was killed",
        (System.nanoTime() - killed) / 1_000_000);
    Api.Answer readiness = api.get("/actuator/health/readiness", null);
    assertThat(readiness.body()).contains("OUT_OF_SERVICE");
    assertThat(circuit.state()).isEqualTo(BrokerCircuit.State.AWAY);
    assertThat(circuit.reason()).contains("probes unanswered");

    // Then a hundred requests at the same time are each refused within a second
    double before = refused();
    ExecutorService clients = Executors.newFixedThreadPool(CONCURRENT);
    try {
      List<Callable<long[]>> calls = new ArrayList<>();
      for (int i = 0; i < CONCURRENT; i++) {
        String body = "[" + event("away-during-" + i, "21583", 1, 1) + "]";
        calls.add(
            () -> {
              long started = System.nanoTime();
              Api.Answer answer = api.events(body, key);
              long millis = (System.nanoTime() - started) / 1_000_000;
              return new long[] {
                answer.status(), millis, "3".equals(answer.header("Retry-After")) ? 1 : 0
              };
            });
      }
      List<long[]> results = new ArrayList<>();
      for (Future<long[]> result : clients.invokeAll(calls)) {
        results.add(result.get());
      }
      long[] millis = results.stream().mapToLong(r -> r[1]).sorted().toArray();
      log.info(
          "{} concurrent requests with the broker away: median {} ms, slowest {} ms",
          CONCURRENT,
          millis[millis.length / 2],
          millis[millis.length - 1]);
      assertThat(results).allSatisfy(r -> assertThat(r[0]).isEqualTo(503));
      assertThat(results).allSatisfy(r -> assertThat(r[2]).as("Retry-After: 3").isEqualTo(1));
      assertThat(millis[millis.length - 1]).isLessThan(1000);
    } finally {
      clients.shutdownNow();
    }
    assertThat(refused() - before).isEqualTo(CONCURRENT);

    // When it is back, readiness and requests follow without a restart of ingest
    broker.startAgain();
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200));
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () ->
                assertThat(api.events("[" + event("away-after", "21583", 1, 1) + "]", key).status())
                    .isEqualTo(202));

    // And the console's journal has the recovery, with how long the broker was away
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(journal.read())
                    .filteredOn(r -> r.action().equals(Recovery.BROKER_RETURNED))
                    .singleElement()
                    .satisfies(
                        r -> {
                          assertThat(r.service()).isEqualTo("ingest");
                          assertThat(r.detail())
                              .startsWith("away for ")
                              .contains("probes unanswered");
                        }));
  }

  private double refused() {
    return meters.get("dx.ingest.unavailable").tag("reason", "broker-away").counter().count();
  }
}
