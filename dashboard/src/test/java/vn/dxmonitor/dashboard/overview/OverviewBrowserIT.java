package vn.dxmonitor.dashboard.overview;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.ContainerTestUtils;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dxmonitor.dashboard.live.IndicatorValueRelay;
import vn.dxmonitor.dashboard.support.DashboardInfrastructure;
import vn.dxmonitor.dashboard.support.DashboardTest;
import vn.dxmonitor.dashboard.support.TestCredentials;
import vn.dxmonitor.dashboard.support.TestIndices;
import vn.dxmonitor.dashboard.support.Values;
import vn.dxmonitor.model.catalog.BuiltInCatalog;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;
import vn.dxmonitor.runtime.kafka.Topics;
import vn.dxmonitor.testsupport.browser.Browser;

/**
 * The province overview in a real browser (Debian's headless Chromium): the province's targets by
 * pillar with the values from Elasticsearch, its communes counted by status, and a value produced
 * to the topic moving the numbers on the open page within 2 s, without a reload.
 */
@DashboardTest
class OverviewBrowserIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String RECORDS = BuiltInCatalog.WORK_RECORDS_ONLINE;
  private static final String DOSSIERS = BuiltInCatalog.TTHC_DOSSIERS_ONLINE;
  private static final Duration LIVE = Duration.ofSeconds(2);

  @LocalServerPort int port;
  @Autowired ElasticsearchClient client;
  @Autowired IndexNames indexNames;
  @Autowired EmbeddedKafkaBroker broker;
  @Autowired KafkaListenerEndpointRegistry listeners;

  private KafkaProducer<String, IndicatorValue> producer;

  @DynamicPropertySource
  static void elasticsearch(DynamicPropertyRegistry registry) {
    DashboardInfrastructure.elasticsearch(registry, "overview-" + RUN + "-");
  }

  @BeforeEach
  void values() throws Exception {
    String indicators = indexNames.indicators();
    TestIndices.create(client, indicators);
    TestIndices.create(client, indexNames.alerts());
    Instant now = Instant.now();
    TestIndices.put(client, indicators, Values.value("52", RECORDS, 620, Status.AT_RISK, now));
    TestIndices.put(client, indicators, Values.value("21583", RECORDS, 400, Status.BEHIND, now));
    TestIndices.put(client, indicators, Values.value("21583", DOSSIERS, 950, Status.ACHIEVED, now));
    TestIndices.put(client, indicators, Values.value("21609", DOSSIERS, 950, Status.ACHIEVED, now));
    producer =
        new KafkaProducer<>(
            KafkaTestUtils.producerProps(broker),
            new StringSerializer(),
            Topics.INDICATOR_VALUES.valueSerde().serializer());
    ContainerTestUtils.waitForAssignment(
        listeners.getListenerContainer(IndicatorValueRelay.LISTENER_ID), 1);
  }

  @AfterEach
  void close() {
    producer.close();
  }

  @Test
  void theOverviewShowsEveryProvinceTargetAndFollowsNewValuesWithoutAReload() {
    try (Browser browser = TestCredentials.signedInBrowser(port)) {
      ChromeDriver driver = browser.driver();
      driver.get("http://localhost:" + port + "/?unit=52");

      assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
      assertThat(driver.findElement(By.cssSelector("h1")).getText())
          .isEqualTo("Tổng quan chuyển đổi số");
      WebElement government = driver.findElement(By.id("pillar-digital-government"));
      assertThat(government.findElement(By.tagName("h2")).getText()).isEqualTo("Chính quyền số");
      WebElement records = indicator(driver, RECORDS);
      assertThat(government.findElements(By.cssSelector(".indicator")))
          .extracting(element -> element.getAttribute("data-indicator"))
          .contains(RECORDS, DOSSIERS);
      assertThat(field(records, "value")).isEqualTo("62,0");
      assertThat(field(records, "expected")).isEqualTo("80,0");
      assertThat(field(records, "target")).isEqualTo(">= 90,0");
      assertThat(field(records, "status")).isEqualTo("Có nguy cơ");
      assertThat(records.getAttribute("class")).contains("tone-amber");
      assertThat(bar(records)).isEqualTo(62.0);
      assertThat(field(indicator(driver, DOSSIERS), "status")).isEqualTo("Chưa có dữ liệu");
      // 12 communes: 21583 behind on one target (its worst), 21609 achieved, ten silent.
      assertThat(count(driver, Status.BEHIND)).isEqualTo("1");
      assertThat(count(driver, Status.ACHIEVED)).isEqualTo("1");
      assertThat(count(driver, Status.NO_DATA)).isEqualTo("10");
      driver.executeScript("window.dxSamePage = true;");
      new WebDriverWait(driver, Duration.ofSeconds(15))
          .until(
              d -> d.findElement(By.id("live-state")).getAttribute("class").contains("connected"));
      awaitRelayReading(driver);
      browser.screenshot("overview-before");

      send(Values.value("52", RECORDS, 880, Status.ON_TRACK, Instant.now()));
      long sent = System.nanoTime();
      new WebDriverWait(driver, LIVE)
          .until(d -> "88,0".equals(field(indicator(d, RECORDS), "value")));
      Duration took = Duration.ofNanos(System.nanoTime() - sent);
      records = indicator(driver, RECORDS);
      assertThat(field(records, "status")).isEqualTo("Đúng lộ trình");
      assertThat(records.getAttribute("class")).contains("tone-green");
      assertThat(bar(records)).isEqualTo(88.0);

      send(Values.value("21583", RECORDS, 930, Status.ACHIEVED, Instant.now()));
      new WebDriverWait(driver, LIVE).until(d -> "0".equals(count(d, Status.BEHIND)));
      assertThat(count(driver, Status.ACHIEVED)).isEqualTo("2");
      assertThat(driver.executeScript("return window.dxSamePage === true;"))
          .as("the page was not reloaded")
          .isEqualTo(true);
      browser.screenshot("overview-live");
      System.out.printf(
          "Overview: a province value showed on the open page after %d ms%n", took.toMillis());

      driver.get("http://localhost:" + port + "/?unit=52&lang=en");
      assertThat(driver.findElement(By.cssSelector("h1")).getText())
          .isEqualTo("Digital transformation overview");
      assertThat(driver.findElement(By.cssSelector("#pillar-digital-government h2")).getText())
          .isEqualTo("Digital government");
      assertThat(field(indicator(driver, RECORDS), "value")).isEqualTo("62.0");
      browser.screenshot("overview-en");
    }
  }

  /**
   * "latest" is resolved some time after the relay's partition is assigned, so a value sent at once
   * may fall before it: a commune's value is sent until the page counts it.
   */
  private void awaitRelayReading(WebDriver driver) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .pollingEvery(Duration.ofMillis(500))
        .until(
            d -> {
              if ("1".equals(count(d, Status.AT_RISK))) {
                return true;
              }
              send(Values.value("21640", DOSSIERS, 700, Status.AT_RISK, Instant.now()));
              return false;
            });
  }

  private void send(IndicatorValue value) {
    producer.send(new ProducerRecord<>(Topics.INDICATOR_VALUES.name(), value.key(), value));
    producer.flush();
  }

  private static WebElement indicator(WebDriver driver, String id) {
    return driver.findElement(By.cssSelector(".indicator[data-indicator='" + id + "']"));
  }

  private static String field(WebElement element, String name) {
    return element.findElement(By.cssSelector("[data-field='" + name + "']")).getText();
  }

  private static double bar(WebElement indicator) {
    return Double.parseDouble(
        indicator.findElement(By.cssSelector("[data-field='bar']")).getAttribute("width"));
  }

  private static String count(WebDriver driver, Status status) {
    return driver
        .findElement(
            By.cssSelector(".count[data-status='" + status.name() + "'] [data-field='count']"))
        .getText();
  }
}
