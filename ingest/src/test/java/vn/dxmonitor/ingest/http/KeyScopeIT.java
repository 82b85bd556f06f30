package vn.dxmonitor.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxmonitor.ingest.support.Api.event;

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
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;
import vn.dxmonitor.runtime.keys.KeyRequest;
import vn.dxmonitor.runtime.keys.KeyRole;

/**
 * What a key lets a source system report: its units' subtrees and its indicators, until it is
 * revoked. Keys are made through the dashboard's admin API ({@code dashboard.admin.KeysIT}); here
 * they come from the registry that API writes to.
 */
@IngestTest
class KeyScopeIT {

  @LocalServerPort int port;
  @Autowired EmbeddedKafkaBroker broker;
  @Autowired ApiKeyRegistry keys;
  @Autowired org.springframework.context.ApplicationContext context;

  private Api api;
  private TopicReader topic;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    topic = new TopicReader(broker.getBrokersAsString());
  }

  @Test
  void aRevokedKeyReportsNothingMore() {
    String secret = Api.sourceKey(keys, "hospital-pay", "21583");
    String id = keys.authenticate(secret).orElseThrow().id();

    assertThat(api.events(event("keys-rev-1", "21583", 1, 1), secret).status()).isEqualTo(202);
    assertThat(keys.revoke(id, "test")).isPresent();
    Api.Answer after = api.events(event("keys-rev-2", "21583", 1, 1), secret);

    assertThat(after.status()).isEqualTo(401);
    assertThat(after.isProblem()).isTrue();
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
  void withoutAKeyNothingIsCounted() {
    Api.Answer answer = api.events(event("keys-none-1", "21583", 1, 1), null);

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.isProblem()).isTrue();
    assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(topic.events("keys-none-")).isEmpty();
  }

  @Test
  void anAdministratorKeyOfOneCommuneReportsOnlyForIt() {
    String communeAdmin =
        keys.create(
                new KeyRequest("commune-admin", KeyRole.ADMIN, List.of("21583"), List.of()), "test")
            .key();

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
    String portal =
        keys.create(
                new KeyRequest(
                    "portal", KeyRole.SOURCE, List.of("52"), List.of("tthc-dossiers-online")),
                "test")
            .key();

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
