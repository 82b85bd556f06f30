package vn.dxmonitor.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
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
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.dashboard.live.IndicatorValueRelay;
import vn.dxmonitor.dashboard.support.DashboardInfrastructure;
import vn.dxmonitor.dashboard.support.DashboardTest;
import vn.dxmonitor.dashboard.support.Http;
import vn.dxmonitor.dashboard.support.Session;
import vn.dxmonitor.dashboard.support.SseClient;
import vn.dxmonitor.dashboard.support.TestCredentials;
import vn.dxmonitor.dashboard.support.TestIndices;
import vn.dxmonitor.dashboard.support.Values;
import vn.dxmonitor.model.catalog.BuiltInCatalog;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;
import vn.dxmonitor.runtime.kafka.Topics;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;
import vn.dxmonitor.runtime.keys.KeyRequest;
import vn.dxmonitor.runtime.keys.KeyRole;

/**
 * Two provinces with figures of their own, and a leader of Gia Lai signed in: nothing of Hồ Chí
 * Minh City reaches the leader through any page, the read API or the live stream — neither by
 * asking for its codes nor by leaving the unit out — and the administrators' paths stay shut.
 */
@DashboardTest
class ProvinceScopeIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String RECORDS = BuiltInCatalog.WORK_RECORDS_ONLINE;
  private static final String NQ05 = "binh-dinh-nq-05-nq-tu";
  private static final String GIA_LAI = "52";
  private static final String QUY_NHON = "21583";
  private static final String HCMC = "79";
  private static final String THU_DAU_MOT = "25747";
  private static final String HCMC_NAME = "Hồ Chí Minh";
  private static final String LEADER = "lanhdao.gialai";
  private static final String PASSWORD = "mat-khau-gia-lai-2025";

  @LocalServerPort int port;
  @Autowired ElasticsearchClient client;
  @Autowired IndexNames indexNames;
  @Autowired ApiKeyRegistry keys;
  @Autowired EmbeddedKafkaBroker broker;
  @Autowired KafkaListenerEndpointRegistry listeners;

  private Http admin;

  @DynamicPropertySource
  static void elasticsearch(DynamicPropertyRegistry registry) {
    DashboardInfrastructure.elasticsearch(registry, "dashboard-scope-" + RUN + "-");
  }

  @BeforeEach
  void twoProvinces() throws Exception {
    admin = new Http(port);
    HttpResponse<String> imported =
        admin.post(
            "/api/v1/units/import?validFrom=2025-07-01",
            "text/csv",
            "code,name,type,level,parent_code\n"
                + "79,Thành phố Hồ Chí Minh,Thành phố Trung ương,province,\n"
                + "25747,Phường Thủ Dầu Một,Phường,commune,79\n");
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    TestIndices.create(client, indexNames.indicators());
    TestIndices.create(client, indexNames.alerts());
    Instant now = Instant.now();
    put(Values.value(GIA_LAI, RECORDS, 910, Status.ACHIEVED, now));
    put(Values.value(QUY_NHON, RECORDS, 870, Status.ON_TRACK, now));
    put(Values.value(HCMC, RECORDS, 555, Status.BEHIND, now));
    put(Values.value(THU_DAU_MOT, RECORDS, 444, Status.BEHIND, now));
    if (!admin.get("/api/v1/accounts").body().contains(LEADER)) {
      HttpResponse<String> made =
          admin.post(
              "/api/v1/accounts",
              "application/json",
              "{\"name\":\""
                  + LEADER
                  + "\",\"displayName\":\"Lãnh đạo Gia Lai\",\"role\":\"leader\",\"units\":[\""
                  + GIA_LAI
                  + "\"],\"password\":\""
                  + PASSWORD
                  + "\"}");
      assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    }
  }

  @Test
  void theAdministratorSeesBothProvinces() throws Exception {
    Session session = Session.signIn(port, "admin", TestCredentials.adminPassword());
    assertThat(session.signedIn()).isTrue();

    HttpResponse<String> other = session.get("/units?unit=" + HCMC);
    assertThat(other.statusCode()).isEqualTo(200);
    assertThat(other.body()).contains(HCMC_NAME).contains("Thủ Dầu Một");
    JsonNode status = Http.json(admin.get("/api/v1/status?unit=" + THU_DAU_MOT));
    assertThat(status.get(0).get("value").doubleValue()).isEqualTo(44.4);
  }

  @Test
  void aLeaderOfOneProvinceSeesNothingOfAnotherThroughAnyPage() throws Exception {
    Session leader = Session.signIn(port, LEADER, PASSWORD);
    assertThat(leader.signedIn()).isTrue();

    HttpResponse<String> home = leader.get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("Gia Lai").doesNotContain(HCMC_NAME);
    assertThat(leader.get("/units").body()).contains("Quy Nhơn").doesNotContain(HCMC_NAME);
    for (String page :
        List.of(
            "/?unit=" + HCMC,
            "/board?unit=" + HCMC,
            "/units?unit=" + HCMC,
            "/units?unit=" + HCMC + "&asOf=2026-01-01",
            "/unit/" + HCMC,
            "/unit/" + THU_DAU_MOT,
            "/rankings?parent=" + HCMC + "&plan=" + NQ05 + "&level=commune",
            "/reports/review.csv?parent=" + HCMC + "&plan=" + NQ05,
            "/reports/review.pdf?parent=" + HCMC + "&plan=" + NQ05)) {
      HttpResponse<String> refused = leader.get(page);
      assertThat(refused.statusCode()).as(page).isEqualTo(404);
      assertThat(refused.body()).as(page).doesNotContain(HCMC_NAME).doesNotContain("55,5");
    }
    // A unit that does not exist at all is answered the same way: nothing tells the two apart.
    assertThat(leader.get("/unit/99999").statusCode()).isEqualTo(404);
  }

  @Test
  void aLeaderOfOneProvinceSeesNothingOfAnotherThroughTheApi() throws Exception {
    Session leader = Session.signIn(port, LEADER, PASSWORD);

    assertThat(leader.get("/api/v1/status?unit=" + QUY_NHON).statusCode()).isEqualTo(200);
    for (String path :
        List.of(
            "/api/v1/status?unit=" + HCMC,
            "/api/v1/status?unit=" + THU_DAU_MOT,
            "/api/v1/rankings?plan=" + NQ05 + "&level=commune&parent=" + HCMC)) {
      HttpResponse<String> refused = leader.get(path);
      assertThat(refused.statusCode()).as(path).isEqualTo(404);
      assertThat(refused.body()).as(path).contains("unknown-unit").doesNotContain(HCMC_NAME);
    }
    assertThat(codes(Http.json(leader.get("/api/v1/units?level=province")), "code"))
        .containsExactly(GIA_LAI);
    assertThat(codes(Http.json(leader.get("/api/v1/units?level=commune")), "code"))
        .contains(QUY_NHON)
        .doesNotContain(THU_DAU_MOT);
    JsonNode ranked = Http.json(leader.get("/api/v1/rankings?plan=" + NQ05 + "&level=commune"));
    assertThat(codes(ranked, "unit")).contains(QUY_NHON).doesNotContain(THU_DAU_MOT);
    // Plans issued for Gia Lai's units (Bình Định's, whose province became today's 52) only.
    List<String> plans = codes(Http.json(leader.get("/api/v1/plans")), "id");
    assertThat(plans).isNotEmpty().allMatch(id -> id.startsWith("binh-dinh"));
    assertThat(codes(Http.json(admin.get("/api/v1/plans")), "id")).hasSizeGreaterThan(plans.size());
    assertThat(leader.get("/api/v1/audit").statusCode()).isEqualTo(403);
    assertThat(leader.get("/api/v1/accounts").statusCode()).isEqualTo(403);

    // A source system's key of Gia Lai reads as its leader does.
    String source =
        keys.create(
                new KeyRequest("e-office-gl", KeyRole.SOURCE, List.of(GIA_LAI), List.of()), "test")
            .key();
    HttpResponse<String> byKey =
        admin.get("/api/v1/status?unit=" + HCMC, "Authorization", "Bearer " + source);
    assertThat(byKey.statusCode()).isEqualTo(404);
    assertThat(Http.anonymous(port).get("/api/v1/status?unit=" + QUY_NHON).statusCode())
        .isEqualTo(401);
    HttpResponse<String> page = Http.anonymous(port).get("/units", "Accept", "text/html");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location"))
        .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
  }

  @Test
  void theLiveStreamCarriesOnlyTheLeadersProvince() throws Exception {
    Session leader = Session.signIn(port, LEADER, PASSWORD);
    ContainerTestUtils.waitForAssignment(
        listeners.getListenerContainer(IndicatorValueRelay.LISTENER_ID), 1);
    try (KafkaProducer<String, IndicatorValue> producer =
            new KafkaProducer<>(
                KafkaTestUtils.producerProps(broker),
                new StringSerializer(),
                Topics.INDICATOR_VALUES.valueSerde().serializer());
        SseClient stream =
            SseClient.connect(admin.uri("/api/v1/stream"), "Cookie", leader.cookieHeader())) {
      assertThat(stream.status().get(10, TimeUnit.SECONDS)).isEqualTo(200);
      // Values of both provinces are sent until Gia Lai's arrive; by then the other's, sent first
      // each round, would have arrived too.
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(500))
          .untilAsserted(
              () -> {
                send(
                    producer,
                    Values.value(THU_DAU_MOT, RECORDS, 450, Status.BEHIND, Instant.now()));
                send(
                    producer, Values.value(QUY_NHON, RECORDS, 880, Status.ON_TRACK, Instant.now()));
                assertThat(stream.events())
                    .anyMatch(event -> event.data().contains("\"unit\":\"" + QUY_NHON + "\""));
              });
      assertThat(stream.events())
          .noneMatch(event -> event.data().contains("\"unit\":\"" + THU_DAU_MOT + "\""));
    }
  }

  @Test
  void aWrongPasswordOrADisabledAccountDoesNotSignIn() throws Exception {
    assertThat(Session.signIn(port, LEADER, "not-the-password").signedIn()).isFalse();
    HttpResponse<String> made =
        admin.post(
            "/api/v1/accounts",
            "application/json",
            "{\"name\":\"tam.thoi\",\"role\":\"operator\",\"units\":[\"" + QUY_NHON + "\"]}");
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    String password = Http.json(made).get("password").stringValue();
    assertThat(password).hasSize(20);
    assertThat(Session.signIn(port, "tam.thoi", password).signedIn()).isTrue();

    HttpResponse<String> disabled =
        admin.post("/api/v1/accounts/tam.thoi/disable", "application/json", "");
    assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);

    assertThat(Session.signIn(port, "tam.thoi", password).signedIn()).isFalse();
    HttpResponse<String> refused =
        admin.post(
            "/api/v1/accounts",
            "application/json",
            "{\"name\":\"X\",\"role\":\"chief\",\"units\":[\"79x\"],\"password\":\"short\"}");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(codes(Http.json(refused).get("errors"), "field"))
        .containsExactlyInAnyOrder("name", "role", "units[0]", "password");
  }

  private void put(IndicatorValue value) throws Exception {
    TestIndices.put(client, indexNames.indicators(), value);
  }

  private static void send(KafkaProducer<String, IndicatorValue> producer, IndicatorValue value) {
    producer.send(new ProducerRecord<>(Topics.INDICATOR_VALUES.name(), value.key(), value));
    producer.flush();
  }

  private static List<String> codes(JsonNode array, String field) {
    List<String> codes = new ArrayList<>();
    array.forEach(item -> codes.add(item.get(field).stringValue()));
    return codes;
  }
}
