package vn.dxmonitor.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxmonitor.ingest.support.Api.event;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dxmonitor.ingest.IngestApplication;
import vn.dxmonitor.ingest.support.Api;
import vn.dxmonitor.ingest.support.TopicReader;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;
import vn.dxmonitor.testsupport.kafka.KafkaServerProcess;

/**
 * Kafka killed under the ingest API: requests are refused with 503 and Retry-After while it is
 * away, and once it is back every event that was answered 202 is on the topic exactly once.
 */
@SpringBootTest(
    classes = IngestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"dx.ingest.send-timeout=3s", "dx.ingest.retry-after=2s"})
@DirtiesContext
class BrokerOutageIT {

  private static KafkaServerProcess broker;

  @LocalServerPort int port;
  @Autowired ApiKeyRegistry keys;

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
  void whileKafkaIsDownTheAnswerIs503AndAfterwardsEveryAcceptedEventIsStoredOnce()
      throws Exception {
    Api api = new Api(port);
    String key = Api.sourceKey(keys, "e-office", "52");
    List<String> answered = new ArrayList<>();
    String before = batch("out-before-", 10);
    assertThat(api.events(before, key).status()).isEqualTo(202);
    answered.addAll(ids("out-before-", 10));

    broker.stop(true);
    String during = batch("out-during-", 10);
    long started = System.nanoTime();
    Api.Answer refused = api.events(during, key);
    long tookSeconds = (System.nanoTime() - started) / 1_000_000_000L;

    assertThat(refused.status()).as(refused.body()).isEqualTo(503);
    assertThat(refused.isProblem()).isTrue();
    assertThat(refused.header("Retry-After")).isEqualTo("2");
    assertThat(tookSeconds).isLessThan(30);

    broker.startAgain();
    Api.Answer retried = api.events(during, key);
    for (int attempt = 0; attempt < 30 && retried.status() == 503; attempt++) {
      Thread.sleep(2000);
      retried = api.events(during, key);
    }
    assertThat(retried.status()).as(retried.body()).isEqualTo(202);
    answered.addAll(ids("out-during-", 10));
    assertThat(api.events(before, key).json().get("duplicates").intValue()).isEqualTo(10);

    List<MetricEvent> stored = new TopicReader(broker.bootstrapServers()).events("out-");
    assertThat(
            stored.stream()
                .collect(Collectors.groupingBy(MetricEvent::eventId, Collectors.counting())))
        .as("every answered event once")
        .containsOnlyKeys(answered)
        .allSatisfy((id, count) -> assertThat(count).isEqualTo(1L));
  }

  private static String batch(String prefix, int size) {
    return "["
        + ids(prefix, size).stream()
            .map(id -> event(id, "21583", 1, 1))
            .collect(Collectors.joining(","))
        + "]";
  }

  private static List<String> ids(String prefix, int size) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      ids.add(prefix + i);
    }
    return ids;
  }
}
