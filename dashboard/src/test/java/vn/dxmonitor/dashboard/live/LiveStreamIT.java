package vn.dxmonitor.dashboard.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.ContainerTestUtils;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.dashboard.support.DashboardInfrastructure;
import vn.dxmonitor.dashboard.support.DashboardTest;
import vn.dxmonitor.dashboard.support.Http;
import vn.dxmonitor.dashboard.support.SseClient;
import vn.dxmonitor.dashboard.support.Values;
import vn.dxmonitor.model.catalog.BuiltInCatalog;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.runtime.kafka.Topics;

/**
 * Values on the real topic reach browsers connected to the stream, and gone browsers are let go.
 */
@DashboardTest
@TestPropertySource(properties = "dx.dashboard.heartbeat=200ms")
class LiveStreamIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @LocalServerPort int port;
  @Autowired EmbeddedKafkaBroker broker;
  @Autowired KafkaListenerEndpointRegistry listeners;
  @Autowired LiveClients clients;

  private KafkaProducer<String, IndicatorValue> producer;

  @DynamicPropertySource
  static void elasticsearch(DynamicPropertyRegistry registry) {
    DashboardInfrastructure.elasticsearch(registry, "dashboard-live-" + RUN + "-");
  }

  @BeforeEach
  void producer() {
    producer =
        new KafkaProducer<>(
            KafkaTestUtils.producerProps(broker),
            new StringSerializer(),
            Topics.INDICATOR_VALUES.valueSerde().serializer());
    ContainerTestUtils.waitForAssignment(
        listeners.getListenerContainer(IndicatorValueRelay.LISTENER_ID), 1);
    // Each test starts with no browser connected, whatever an earlier one left behind.
    await().atMost(PATIENCE).until(() -> clients.size() == 0);
  }

  @AfterEach
  void close() {
    producer.close();
  }

  @Test
  void aValueProducedToTheTopicReachesAConnectedBrowser() throws Exception {
    try (SseClient browser = SseClient.connect(new Http(port).uri("/api/v1/stream"))) {
      assertThat(browser.status().get(10, TimeUnit.SECONDS)).isEqualTo(200);
      assertThat(browser.header("Content-Type")).startsWith("text/event-stream");
      awaitRelayReading(browser);

      IndicatorValue value =
          Values.value(
              "21583", BuiltInCatalog.WORK_RECORDS_ONLINE, 412, Status.BEHIND, Instant.now());
      producer.send(new ProducerRecord<>(Topics.INDICATOR_VALUES.name(), value.key(), value));
      producer.flush();

      await()
          .atMost(PATIENCE)
          .untilAsserted(
              () ->
                  assertThat(browser.events())
                      .filteredOn(event -> event.data().contains("\"unit\":\"21583\""))
                      .singleElement()
                      .satisfies(
                          event -> {
                            assertThat(event.name()).isEqualTo("indicator-value");
                            JsonNode json = JsonCodec.mapper().readTree(event.data());
                            assertThat(json.get("indicator").stringValue())
                                .isEqualTo("work-records-online");
                            assertThat(json.get("value").doubleValue()).isEqualTo(41.2);
                            assertThat(json.get("status").stringValue()).isEqualTo("BEHIND");
                            assertThat(json.get("expected").doubleValue()).isEqualTo(80.0);
                          }));
    }
  }

  @Test
  void aBrowserThatGoesAwayIsReleased() {
    SseClient browser = SseClient.connect(new Http(port).uri("/api/v1/stream"));
    await().atMost(PATIENCE).until(() -> clients.size() == 1);

    browser.close();

    await().atMost(PATIENCE).until(() -> clients.size() == 0);
  }

  /**
   * "latest" is resolved some time after the partition is assigned, so a value sent right away may
   * fall before it. A probe is resent until one arrives: from then on nothing is skipped.
   */
  private void awaitRelayReading(SseClient browser) {
    IndicatorValue probe =
        Values.value("21640", BuiltInCatalog.TTHC_DOSSIERS_ONLINE, 1, Status.BEHIND, Instant.now());
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(300))
        .until(
            () -> {
              producer.send(
                  new ProducerRecord<>(Topics.INDICATOR_VALUES.name(), probe.key(), probe));
              producer.flush();
              return browser.events().stream()
                  .anyMatch(event -> event.data().contains("\"unit\":\"21640\""));
            });
  }
}
