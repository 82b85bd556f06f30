package vn.dxmonitor.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.dxmonitor.dashboard.support.DashboardInfrastructure;
import vn.dxmonitor.dashboard.support.DashboardTest;
import vn.dxmonitor.dashboard.support.Http;
import vn.dxmonitor.dashboard.support.Session;
import vn.dxmonitor.dashboard.support.TestCredentials;
import vn.dxmonitor.runtime.keys.AdminKeyBootstrap;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;
import vn.dxmonitor.runtime.keys.ApiKeyView;
import vn.dxmonitor.runtime.keys.KeySecrets;

/**
 * What a signed-in person holds ends when the right to it does, and the sign-in itself resists
 * abuse: a made-up key beside a session cookie does not spare a forged request the CSRF check; a
 * disabled account's session and live stream end; a revoked bootstrap key and a disabled bootstrap
 * account stay so across a restart; repeated wrong passwords lock the name; an over-long password
 * and a {@code |} in a path get a clear answer, not a server error or Tomcat's page.
 */
@DashboardTest
@TestPropertySource(
    properties = {
      "dx.dashboard.heartbeat=500ms",
      "dx.security.login.max-failures=3",
      "dx.security.login.lockout=10m"
    })
class SessionSecurityIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String PASSWORD = "mat-khau-phien-2025";

  @LocalServerPort int port;
  @Autowired ApiKeyRegistry keys;
  @Autowired Accounts accounts;
  @Autowired SignInProperties signIn;

  @DynamicPropertySource
  static void elasticsearch(DynamicPropertyRegistry registry) {
    DashboardInfrastructure.elasticsearch(registry, "dashboard-sessions-" + RUN + "-");
  }

  @Test
  void aMadeUpKeyBesideASessionCookieDoesNotSpareAForgedRequestTheCsrfCheck() throws Exception {
    String admin = "quantri-" + RUN;
    account(admin, "admin", "52");
    Session session = Session.signIn(port, admin, PASSWORD);
    assertThat(session.signedIn()).isTrue();

    HttpResponse<String> forged =
        session.postForged(
            "/api/v1/accounts",
            "application/json",
            "{\"name\":\"forged-" + RUN + "\",\"role\":\"leader\",\"units\":[\"52\"]}",
            "Authorization",
            "Bearer made-up");

    assertThat(forged.statusCode()).isIn(401, 403);
    assertThat(new Http(port).get("/api/v1/accounts").body()).doesNotContain("forged-" + RUN);
    assertThat(session.cookiesSet())
        .anySatisfy(
            cookie ->
                assertThat(cookie)
                    .startsWith("JSESSIONID=")
                    .contains("HttpOnly")
                    .contains("SameSite=Lax"));
  }

  @Test
  void aDisabledAccountsSessionAndLiveStreamEnd() throws Exception {
    String leader = "lanhdao-" + RUN;
    account(leader, "leader", "52");
    Session session = Session.signIn(port, leader, PASSWORD);
    assertThat(session.get("/").statusCode()).isEqualTo(200);
    HttpResponse<Stream<String>> stream =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/stream"))
                    .header("Cookie", session.cookieHeader())
                    .build(),
                HttpResponse.BodyHandlers.ofLines());
    assertThat(stream.statusCode()).isEqualTo(200);
    CompletableFuture<Long> ended = CompletableFuture.supplyAsync(() -> stream.body().count());

    HttpResponse<String> disabled =
        new Http(port).post("/api/v1/accounts/" + leader + "/disable", "application/json", "");
    assertThat(disabled.statusCode()).isEqualTo(200);

    HttpResponse<String> after = session.get("/");
    assertThat(after.statusCode()).isIn(302, 401);
    if (after.statusCode() == 302) {
      assertThat(after.headers().firstValue("Location").orElse("")).contains("/login");
    }
    await().atMost(Duration.ofSeconds(10)).until(ended::isDone);
  }

  @Test
  void aRevokedBootstrapKeyAndADisabledBootstrapAccountStaySoAcrossARestart() throws Exception {
    Path file = Files.createTempFile("dx-admin-key-", ".txt");
    Files.writeString(file, KeySecrets.newKey());
    new AdminKeyBootstrap(keys, file).start();
    String secret = Files.readString(file).strip();
    String id = keys.authenticate(secret).orElseThrow().id();
    keys.revoke(id, "test");
    accounts.disable(accounts.find(Accounts.ADMIN).orElseThrow(), "test");
    List<String> keysBefore = keys.list().stream().map(ApiKeyView::id).toList();

    // The restart: the same files, the same steps
    new AdminKeyBootstrap(keys, file).start();
    new AdminAccountBootstrap(accounts, signIn).start();

    assertThat(keys.authenticate(secret)).isEmpty();
    assertThat(keys.list().stream().map(ApiKeyView::id).toList())
        .as("no administrator key made again for the revoked one's secret")
        .containsExactlyInAnyOrderElementsOf(keysBefore);
    assertThat(accounts.find(Accounts.ADMIN).orElseThrow().isDisabled()).isTrue();
    String password = Files.readString(signIn.adminPasswordFile()).strip();
    assertThat(Session.signIn(port, Accounts.ADMIN, password).signedIn()).isFalse();
  }

  @Test
  void repeatedWrongPasswordsLockTheNameEvenForTheRightOne() throws Exception {
    String operator = "vanhanh-" + RUN;
    account(operator, "operator", "52");
    for (int i = 0; i < 3; i++) {
      assertThat(Session.signIn(port, operator, "wrong-password-" + i).signedIn()).isFalse();
    }

    Session locked = Session.signIn(port, operator, PASSWORD);

    assertThat(locked.signedIn()).isFalse();
    assertThat(locked.landedOn()).contains("/login?locked");
    assertThat(Session.signIn(port, operator, PASSWORD).get("/login?locked").body())
        .contains("id=\"login-locked\"");
  }

  @Test
  void anOverLongPasswordIsRefusedByNameAndNeverAServerError() throws Exception {
    String tooLong = "mật-khẩu-".repeat(8);

    HttpResponse<String> made =
        new Http(port)
            .post(
                "/api/v1/accounts",
                "application/json",
                "{\"name\":\"dai-"
                    + RUN
                    + "\",\"role\":\"leader\",\"units\":[\"52\"],\"password\":\""
                    + tooLong
                    + "\"}");
    assertThat(made.statusCode()).as(made.body()).isEqualTo(400);
    assertThat(Http.json(made).get("errors").findValuesAsString("field")).contains("password");

    Session session = Session.signIn(port, "lanhdao-khac-" + RUN, tooLong);
    assertThat(session.signedIn()).isFalse();
    assertThat(session.landedOn()).contains("/login?error");
  }

  @Test
  void healthAndMetricsAnswerAnOrchestratorThatIsNotSignedInAndNothingElseDoes() throws Exception {
    Http anonymous = Http.anonymous(port);

    for (String path : List.of("/actuator/health", "/actuator/health/readiness")) {
      HttpResponse<String> health = anonymous.get(path);
      assertThat(health.statusCode()).as(path).isEqualTo(200);
      assertThat(health.body()).as(path).contains("\"status\":\"UP\"");
    }
    HttpResponse<String> metrics = anonymous.get("/actuator/prometheus");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    assertThat(anonymous.get("/api/v1/status?unit=52").statusCode()).isEqualTo(401);
    assertThat(anonymous.get("/api/v1/audit").statusCode()).isEqualTo(401);
  }

  @Test
  void aBarInAPathIsAnsweredAsAProblemNotTomcatsPage() throws Exception {
    for (String path : List.of("/api/v1/status?unit=52|79", "/api/v1/plans/a|b")) {
      // Sent as written: Java's own clients refuse to send a bare '|'
      String answer = rawGet(path);
      assertThat(answer).as(path).startsWith("HTTP/1.1 4");
      assertThat(answer).as(path).containsIgnoringCase("content-type: application/");
      assertThat(answer).as(path).doesNotContain("<html");
    }
  }

  private String rawGet(String path) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET "
                  + path
                  + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                  + TestCredentials.adminKey()
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private void account(String name, String role, String unit) throws Exception {
    HttpResponse<String> made =
        new Http(port)
            .post(
                "/api/v1/accounts",
                "application/json",
                String.format(
                    "{\"name\":\"%s\",\"role\":\"%s\",\"units\":[\"%s\"],\"password\":\"%s\"}",
                    name, role, unit, PASSWORD));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
  }
}
