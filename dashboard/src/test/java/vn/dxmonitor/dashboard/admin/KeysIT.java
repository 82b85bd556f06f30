package vn.dxmonitor.dashboard.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.dashboard.support.DashboardInfrastructure;
import vn.dxmonitor.dashboard.support.DashboardTest;
import vn.dxmonitor.dashboard.support.Http;
import vn.dxmonitor.dashboard.support.TestCredentials;
import vn.dxmonitor.runtime.catalog.topic.CatalogView;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;
import vn.dxmonitor.runtime.keys.KeyBook;
import vn.dxmonitor.runtime.keys.KeyRequest;
import vn.dxmonitor.runtime.keys.KeyRole;
import vn.dxmonitor.runtime.keys.KeySecrets;

/**
 * Keys made, listed and revoked through the admin API, by administrators only, each within the
 * maker's own units. What a key then lets a source system report is ingest's {@code KeyScopeIT}.
 */
@DashboardTest
class KeysIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String JSON = "application/json";

  @LocalServerPort int port;
  @Autowired ApiKeyRegistry keys;
  @Autowired CatalogView view;

  @DynamicPropertySource
  static void elasticsearch(DynamicPropertyRegistry registry) {
    DashboardInfrastructure.elasticsearch(registry, "dashboard-keys-" + RUN + "-");
  }

  @Test
  void aKeyIsShownOnceStoredHashedListedAndRevoked() throws Exception {
    Http admin = new Http(port);

    HttpResponse<String> created =
        admin.post(
            "/api/v1/keys",
            JSON,
            "{\"source\": \"hospital-pay-"
                + RUN
                + "\", \"units\": [\"21583\"], \"indicators\": []}");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode answer = Http.json(created);
    assertThat(answer.propertyNames()).containsExactly("id", "key", "details");
    String id = answer.get("id").stringValue();
    String secret = answer.get("key").stringValue();
    assertThat(secret).startsWith("dxk_").hasSizeGreaterThan(40);
    assertThat(answer.get("details").get("createdBy").stringValue()).startsWith("key:");
    assertThat(new KeyBook(view).find(id))
        .hasValueSatisfying(
            stored -> assertThat(stored.digest()).isEqualTo(KeySecrets.digest(secret)));
    assertThat(keys.authenticate(secret)).isPresent();

    HttpResponse<String> listed = admin.get("/api/v1/keys");
    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(listed.body()).contains(id).contains("hospital-pay-" + RUN).doesNotContain(secret);
    assertThat(listed.body()).doesNotContain(KeySecrets.digest(secret));

    HttpResponse<String> revoked = admin.delete("/api/v1/keys/" + id);
    assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
    assertThat(Http.json(revoked).get("revokedBy").stringValue()).startsWith("key:");
    assertThat(keys.authenticate(secret)).isEmpty();
  }

  @Test
  void managingKeysNeedsAnAdministrator() throws Exception {
    Http source = Http.withKey(port, sourceKey("e-office", "52"));
    String body = "{\"source\": \"x\", \"units\": [\"52\"]}";

    assertThat(Http.anonymous(port).post("/api/v1/keys", JSON, body).statusCode()).isEqualTo(401);
    assertThat(Http.withKey(port, "dxk_nope").post("/api/v1/keys", JSON, body).statusCode())
        .isEqualTo(401);
    HttpResponse<String> bySource = source.post("/api/v1/keys", JSON, body);
    assertThat(bySource.statusCode()).isEqualTo(403);
    assertThat(Http.contentType(bySource)).startsWith("application/problem+json");
    assertThat(source.get("/api/v1/keys").statusCode()).isEqualTo(403);
    assertThat(source.delete("/api/v1/keys/nope").statusCode()).isEqualTo(403);
    HttpResponse<String> unknown = new Http(port).delete("/api/v1/keys/nope");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(Http.json(unknown).get("code").stringValue()).isEqualTo("not-found");
  }

  @Test
  void aBadKeyRequestNamesEveryField() throws Exception {
    HttpResponse<String> answer =
        new Http(port)
            .post(
                "/api/v1/keys",
                JSON,
                "{\"source\": \"Bad Name\", \"units\": [\"99999\", 7], \"indicators\": [\"nope\"],"
                    + " \"colour\": \"red\"}");

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(fields(answer)).contains("colour", "units[1]");
  }

  @Test
  void aKeyThatNamesUnknownUnitsIsRefused() throws Exception {
    HttpResponse<String> answer =
        new Http(port)
            .post(
                "/api/v1/keys",
                JSON,
                "{\"source\": \"x\", \"units\": [\"99999\"], \"indicators\": [\"nope\"]}");

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(fields(answer)).containsExactly("units[0]", "indicators[0]");
  }

  @Test
  void aBodyThatIsNotAKeyRequestIsRefusedByTypeOrShape() throws Exception {
    Http admin = new Http(port);

    HttpResponse<String> text = admin.post("/api/v1/keys", "text/plain", "{\"source\": \"x\"}");
    HttpResponse<String> array = admin.post("/api/v1/keys", JSON, "[]");
    HttpResponse<String> broken = admin.post("/api/v1/keys", JSON, "{\"source\": ");

    assertThat(text.statusCode()).isEqualTo(415);
    assertThat(array.statusCode()).isEqualTo(400);
    assertThat(fields(array)).containsExactly("body");
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(fields(broken)).containsExactly("body");
  }

  @Test
  void anAdministratorKeyOfOneCommuneStaysWithinIt() throws Exception {
    Http communeAdmin =
        Http.withKey(
            port,
            keys.create(
                    new KeyRequest("commune-admin", KeyRole.ADMIN, List.of("21583"), List.of()),
                    "test")
                .key());
    String national = keys.authenticate(TestCredentials.adminKey()).orElseThrow().id();

    // It makes no key of another commune, of its province or of the whole country
    for (String units : List.of("[\"21589\"]", "[\"52\"]", "[]")) {
      HttpResponse<String> refused =
          communeAdmin.post(
              "/api/v1/keys",
              JSON,
              "{\"source\": \"x\", \"role\": \"admin\", \"units\": " + units + "}");
      assertThat(refused.statusCode()).as(units + ": " + refused.body()).isEqualTo(403);
      assertThat(Http.json(refused).get("code").stringValue()).isEqualTo("outside-scope");
      assertThat(Http.json(refused).get("errors").get(0).get("field").stringValue())
          .startsWith("units");
    }
    // It makes one of its own commune, and sees and revokes only those
    HttpResponse<String> made =
        communeAdmin.post(
            "/api/v1/keys", JSON, "{\"source\": \"commune-pay\", \"units\": [\"21583\"]}");
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    String own = Http.json(made).get("id").stringValue();
    List<String> seen = Http.json(communeAdmin.get("/api/v1/keys")).findValuesAsString("id");
    assertThat(seen).contains(own).doesNotContain(national);
    assertThat(communeAdmin.delete("/api/v1/keys/" + national).statusCode()).isEqualTo(404);
    assertThat(new KeyBook(view).find(national))
        .hasValueSatisfying(key -> assertThat(key.isRevoked()).isFalse());
    assertThat(communeAdmin.delete("/api/v1/keys/" + own).statusCode()).isEqualTo(200);
  }

  private String sourceKey(String source, String unit) {
    return keys.create(new KeyRequest(source, KeyRole.SOURCE, List.of(unit), List.of()), "test")
        .key();
  }

  private static List<String> fields(HttpResponse<String> answer) {
    List<String> fields = new ArrayList<>();
    Http.json(answer).get("errors").forEach(error -> fields.add(error.get("field").stringValue()));
    return fields;
  }
}
