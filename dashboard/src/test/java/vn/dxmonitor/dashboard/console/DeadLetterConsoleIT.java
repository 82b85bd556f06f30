package vn.dxmonitor.dashboard.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.dashboard.support.DashboardInfrastructure;
import vn.dxmonitor.dashboard.support.DashboardTest;
import vn.dxmonitor.dashboard.support.Http;
import vn.dxmonitor.dashboard.support.Session;
import vn.dxmonitor.dashboard.support.TestCredentials;
import vn.dxmonitor.runtime.kafka.TopicSnapshot;
import vn.dxmonitor.runtime.kafka.Topics;

/**
 * The console's dead-letter page on a real broker: an operator of one commune sees and replays only
 * its commune's letters — not another province's, not a letter whose unit is unknown — while the
 * national administrator sees them all and a leader has no such page.
 */
@DashboardTest
class DeadLetterConsoleIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String QUY_NHON = "21583";
  private static final String THU_DAU_MOT = "25747";
  private static final String UNKNOWN_UNIT = "99999";
  private static final String OPERATOR = "vanhanh.quynhon";
  private static final String LEADER = "lanhdao.dlt";
  private static final String PASSWORD = "mat-khau-van-hanh-2025";
  private static final String PAGE = "/console/dead-letters";

  @LocalServerPort int port;
  @Autowired EmbeddedKafkaBroker broker;

  private Http admin;

  @DynamicPropertySource
  static void elasticsearch(DynamicPropertyRegistry registry) {
    DashboardInfrastructure.elasticsearch(registry, "dashboard-dlt-" + RUN + "-");
  }

  @BeforeEach
  void accountsAndAnotherProvince() throws Exception {
    admin = new Http(port);
    HttpResponse<String> imported =
        admin.post(
            "/api/v1/units/import?validFrom=2025-07-01",
            "text/csv",
            "code,name,type,level,parent_code\n"
                + "79,Thành phố Hồ Chí Minh,Thành phố Trung ương,province,\n"
                + "25747,Phường Thủ Dầu Một,Phường,commune,79\n");
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    account(OPERATOR, "operator", QUY_NHON);
    account(LEADER, "leader", "52");
  }

  @Test
  void anOperatorOfOneCommuneSeesAndReplaysOnlyItsCommunesLetters() throws Exception {
    // Given dead letters of the operator's commune, of another province and of an unknown unit
    String own = send(QUY_NHON, "own");
    String other = send(THU_DAU_MOT, "other");
    String unknown = send(UNKNOWN_UNIT, "unknown");
    Session operator = Session.signIn(port, OPERATOR, PASSWORD);
    assertThat(operator.signedIn()).isTrue();

    // When the operator opens the page, then only the commune's letter is there
    Document page = page(operator);
    assertThat(events(page)).containsExactly(id("own"));
    assertThat(
            page.select("#reason-counts tr[data-reason=unknown-indicator] [data-field=count]")
                .text())
        .isEqualTo("1");
    assertThat(page.select("#nav-dead-letters")).hasSize(1);

    // When it asks to replay the other province's letter and the unknown unit's, nothing is sent
    HttpResponse<String> refused =
        operator.postForm(
            PAGE, PAGE + "/replay", "letters=" + enc(other) + "&letters=" + enc(unknown));
    assertThat(refused.statusCode()).isEqualTo(302);
    assertThat(replayed()).isEmpty();

    // When it replays the whole reason, only its own letter goes back, under its name
    HttpResponse<String> done =
        operator.postForm(PAGE, PAGE + "/replay", "reason=unknown-indicator");
    assertThat(done.statusCode()).isEqualTo(302);
    List<ConsumerRecord<byte[], byte[]>> replayed = replayed();
    assertThat(replayed).hasSize(1);
    assertThat(new String(replayed.get(0).key(), StandardCharsets.UTF_8)).isEqualTo(QUY_NHON);
    assertThat(header(replayed.get(0), Topics.REPLAYED_FROM_HEADER)).isEqualTo("dlt:" + own);
    Element row = page(operator).selectFirst("tr[data-letter='" + own + "']");
    assertThat(row.selectFirst("[data-field=replayed]").text()).contains("user:" + OPERATOR);
    assertThat(row.selectFirst("input[name=letters]").hasAttr("disabled")).isTrue();

    // And the audit trail has it
    JsonNode audit = Http.json(admin.get("/api/v1/audit?kind=dead-letters"));
    assertThat(audit).hasSize(1);
    assertThat(audit.get(0).get("actor").stringValue()).isEqualTo("user:" + OPERATOR);
    assertThat(audit.get(0).get("after").get("replayed").get(0).stringValue()).isEqualTo(own);

    // And the national administrator sees all three letters, in English when asked
    Session national = Session.signIn(port, "admin", TestCredentials.adminPassword());
    Document all = Jsoup.parse(national.get(PAGE + "?lang=en").body());
    assertThat(events(all)).containsExactlyInAnyOrder(id("own"), id("other"), id("unknown"));
    assertThat(all.select("h1").text()).isEqualTo("Dead letters");
    assertThat(Jsoup.parse(national.get(PAGE + "?lang=vi").body()).select("h1").text())
        .isEqualTo("Sự kiện lỗi");
  }

  @Test
  void aLeaderHasNoDeadLetterPage() throws Exception {
    Session leader = Session.signIn(port, LEADER, PASSWORD);
    assertThat(leader.signedIn()).isTrue();

    assertThat(leader.get(PAGE).statusCode()).isEqualTo(403);
    assertThat(Jsoup.parse(leader.get("/").body()).select("#nav-dead-letters")).isEmpty();
  }

  private Document page(Session session) throws Exception {
    HttpResponse<String> response = session.get(PAGE);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Jsoup.parse(response.body());
  }

  private static List<String> events(Document page) {
    return page.select("#dead-letter-list tr[data-letter]").eachAttr("data-event");
  }

  /** A dead letter as the processor writes it; answers its {@code partition:offset}. */
  private String send(String unit, String name) throws Exception {
    String event =
        String.format(
            "{\"eventId\":\"%s\",\"unit\":\"%s\",\"indicator\":\"no-such-indicator\","
                + "\"occurredAt\":\"%s\",\"numerator\":1,\"denominator\":1}",
            id(name), unit, Instant.now().minus(Duration.ofDays(1)));
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
            new StringSerializer(),
            new StringSerializer())) {
      ProducerRecord<String, String> record =
          new ProducerRecord<>(Topics.METRIC_EVENTS_DLT.name(), unit, event);
      record
          .headers()
          .add(
              Topics.ERROR_HEADER,
              "unknown-indicator indicator: no-such-indicator".getBytes(StandardCharsets.UTF_8))
          .add(Topics.ERROR_CODE_HEADER, "unknown-indicator".getBytes(StandardCharsets.UTF_8));
      RecordMetadata sent = producer.send(record).get();
      return sent.partition() + ":" + sent.offset();
    }
  }

  private List<ConsumerRecord<byte[], byte[]>> replayed() {
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    TopicSnapshot.read(
        Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
        Topics.METRIC_EVENTS.name(),
        records::add);
    return records;
  }

  private void account(String name, String role, String unit) throws Exception {
    if (admin.get("/api/v1/accounts").body().contains("\"" + name + "\"")) {
      return;
    }
    HttpResponse<String> made =
        admin.post(
            "/api/v1/accounts",
            "application/json",
            String.format(
                "{\"name\":\"%s\",\"displayName\":\"%s\",\"role\":\"%s\",\"units\":[\"%s\"],"
                    + "\"password\":\"%s\"}",
                name, name, role, unit, PASSWORD));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String key) {
    return new String(record.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
  }

  private static String id(String name) {
    return RUN + "-" + name;
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
