package vn.dxmonitor.ingest.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxmonitor.ingest.support.Api.event;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.ingest.support.Api;
import vn.dxmonitor.ingest.support.IngestTest;
import vn.dxmonitor.ingest.support.TopicReader;
import vn.dxmonitor.runtime.catalog.topic.CatalogView;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;
import vn.dxmonitor.runtime.keys.KeyBook;
import vn.dxmonitor.runtime.keys.KeyRequest;
import vn.dxmonitor.runtime.keys.KeyRole;
import vn.dxmonitor.runtime.keys.KeySecrets;

/** Keys made, listed and revoked through the API, and the scope each one grants. */
@IngestTest
class KeysIT {

  @LocalServerPort int port;
  @Autowired EmbeddedKafkaBroker broker;
  @Autowired ApiKeyRegistry keys;
  @Autowired CatalogView view;
  @Autowired org.springframework.context.ApplicationContext context;

  private Api api;
  private TopicReader topic;
  private String admin;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    topic = new TopicReader(broker.getBrokersAsString());
    admin = Api.adminKey(keys);
  }

  @Test
  void aKeyIsShownOnceStoredHashedListedAndRevoked() {
    Api.Answer created =
        api.post(
            "/api/v1/keys",
            "{\"source\": \"hospital-pay\", \"units\": [\"21583\"], \"indicators\": []}",
            "application/json",
            admin);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").stringValue();
    String secret = created.json().get("key").stringValue();
    assertThat(secret).startsWith("dxk_").hasSizeGreaterThan(40);
    assertThat(new KeyBook(view).find(id))
        .hasValueSatisfying(
            stored -> assertThat(stored.digest()).isEqualTo(KeySecrets.digest(secret)));

    Api.Answer listed = api.get("/api/v1/keys", admin);
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.body()).contains(id).contains("hospital-pay").doesNotContain(secret);
    assertThat(listed.body()).doesNotContain(KeySecrets.digest(secret));

    assertThat(api.events(event("keys-rev-1", "21583", 1, 1), secret).status()).isEqualTo(202);
    Api.Answer revoked = api.delete("/api/v1/keys/" + id, admin);
    assertThat(revoked.status()).isEqualTo(200);
    assertThat(revoked.json().get("revokedBy").stringValue()).startsWith("key:");
    Api.Answer after = api.events(event("keys-rev-2", "21583", 1, 1), secret);
    assertThat(after.status()).isEqualTo(401);
    assertThat(topic.events("keys-rev-")).hasSize(1);
  }

  @Test
  void onlyKeysAuthenticateNoGeneratedAccountExists() {
    assertThat(
            context.getBeanNamesForType(
                org.springframework.security.core.userdetails.UserDetailsService.class))
        .isEmpty();
  }

  @Test
  void managingKeysNeedsAnAdministratorKey() {
    String source = Api.sourceKey(keys, "e-office", "52");
    String body = "{\"source\": \"x\", \"units\": [\"52\"]}";

    assertThat(api.post("/api/v1/keys", body, "application/json", null).status()).isEqualTo(401);
    assertThat(api.post("/api/v1/keys", body, "application/json", "dxk_nope").status())
        .isEqualTo(401);
    Api.Answer bySource = api.post("/api/v1/keys", body, "application/json", source);
    assertThat(bySource.status()).isEqualTo(403);
    assertThat(bySource.isProblem()).isTrue();
    assertThat(api.get("/api/v1/keys", source).status()).isEqualTo(403);
    assertThat(api.delete("/api/v1/keys/nope", admin).status()).isEqualTo(404);
  }

  @Test
  void aBadKeyRequestNamesEveryField() {
    Api.Answer answer =
        api.post(
            "/api/v1/keys",
            "{\"source\": \"Bad Name\", \"units\": [\"99999\", 7], \"indicators\": [\"nope\"],"
                + " \"colour\": \"red\"}",
            "application/json",
            admin);

    assertThat(answer.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    answer.json().get("errors").forEach(error -> fields.add(error.get("field").stringValue()));
    assertThat(fields).contains("colour", "units[1]");
  }

  @Test
  void aKeyThatNamesUnknownUnitsIsRefused() {
    Api.Answer answer =
        api.post(
            "/api/v1/keys",
            "{\"source\": \"x\", \"units\": [\"99999\"], \"indicators\": [\"nope\"]}",
            "application/json",
            admin);

    assertThat(answer.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    answer.json().get("errors").forEach(error -> fields.add(error.get("field").stringValue()));
    assertThat(fields).containsExactly("units[0]", "indicators[0]");
  }

  @Test
  void withoutAKeyNothingIsCounted() {
    Api.Answer answer = api.events(event("keys-none-1", "21583", 1, 1), null);

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.isProblem()).isTrue();
    assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(topic.events("keys-none-")).isEmpty();
  }

  @Test
  void anAdministratorKeyOfOneCommuneStaysWithinIt() {
    String communeAdmin =
        keys.create(
                new KeyRequest("commune-admin", KeyRole.ADMIN, List.of("21583"), List.of()), "test")
            .key();
    String national = keys.authenticate(admin).orElseThrow().id();

    // It makes no key of another commune, of its province or of the whole country
    for (String units : List.of("[\"21589\"]", "[\"52\"]", "[]")) {
      Api.Answer refused =
          api.post(
              "/api/v1/keys",
              "{\"source\": \"x\", \"role\": \"admin\", \"units\": " + units + "}",
              "application/json",
              communeAdmin);
      assertThat(refused.status()).as(units + ": " + refused.body()).isEqualTo(403);
      assertThat(refused.json().get("code").stringValue()).isEqualTo("outside-scope");
      assertThat(refused.json().get("errors").get(0).get("field").stringValue())
          .startsWith("units");
    }
    // It makes one of its own commune, and sees and revokes only those
    Api.Answer made =
        api.post(
            "/api/v1/keys",
            "{\"source\": \"commune-pay\", \"units\": [\"21583\"]}",
            "application/json",
            communeAdmin);
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    String own = made.json().get("id").stringValue();
    List<String> seen = api.get("/api/v1/keys", communeAdmin).json().findValuesAsString("id");
    assertThat(seen).contains(own).doesNotContain(national);
    assertThat(api.delete("/api/v1/keys/" + national, communeAdmin).status()).isEqualTo(404);
    assertThat(new KeyBook(view).find(national))
        .hasValueSatisfying(k -> assertThat(k.isRevoked()).isFalse());
    assertThat(api.delete("/api/v1/keys/" + own, communeAdmin).status()).isEqualTo(200);

    // And reports only for its commune, as a source key of it would
    Api.Answer report =
        api.events(
            "["
                + event("keys-cadmin-1", "21583", 1, 1)
                + ","
                + event("keys-cadmin-2", "21589", 1, 1)
                + "]",
            communeAdmin);
    assertThat(report.json().get("accepted").intValue()).isEqualTo(1);
    assertThat(report.json().get("rejected").get(0).get("errors").get(0).get("code").stringValue())
        .isEqualTo("unit-not-permitted");
  }

  @Test
  void aCommuneKeyCannotReportForAnotherCommune() {
    String commune = Api.sourceKey(keys, "commune-office", "21583");

    Api.Answer answer =
        api.events(
            "["
                + event("keys-scope-1", "21583", 1, 1)
                + ","
                + event("keys-scope-2", "21589", 1, 1)
                + ","
                + event("keys-scope-3", "52", 1, 1)
                + "]",
            commune);

    assertThat(answer.status()).isEqualTo(202);
    JsonNode result = answer.json();
    assertThat(result.get("accepted").intValue()).isEqualTo(1);
    assertThat(result.get("rejected").size()).isEqualTo(2);
    result
        .get("rejected")
        .forEach(
            item -> {
              JsonNode error = item.get("errors").get(0);
              assertThat(error.get("field").stringValue()).isEqualTo("unit");
              assertThat(error.get("code").stringValue()).isEqualTo("unit-not-permitted");
            });
    assertThat(topic.events("keys-scope-"))
        .extracting(e -> e.eventId())
        .containsExactly("keys-scope-1");
  }

  @Test
  void onlyForeignEventsIsAProblemAndNothingIsCounted() {
    String commune = Api.sourceKey(keys, "commune-office", "21583");

    Api.Answer answer = api.events(event("keys-foreign-1", "21589", 1, 1), commune);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("rejected").get(0).get("errors").get(0).get("code").stringValue())
        .isEqualTo("unit-not-permitted");
    assertThat(topic.events("keys-foreign-")).isEmpty();
  }

  @Test
  void aProvinceKeyCoversItsCommunesAndAnIndicatorListLimitsIt() {
    Api.Answer created =
        api.post(
            "/api/v1/keys",
            "{\"source\": \"portal\", \"units\": [\"52\"], \"indicators\": [\"tthc-dossiers-online\"]}",
            "application/json",
            admin);
    String portal = created.json().get("key").stringValue();

    Api.Answer answer =
        api.events(
            "["
                + event("keys-ind-1", "21609", 1, 1)
                    .replace("work-records-online", "tthc-dossiers-online")
                + ","
                + event("keys-ind-2", "21609", 1, 1)
                + "]",
            portal);

    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    assertThat(answer.json().get("accepted").intValue()).isEqualTo(1);
    assertThat(answer.json().get("rejected").get(0).get("errors").get(0).get("code").stringValue())
        .isEqualTo("indicator-not-permitted");
  }
}
