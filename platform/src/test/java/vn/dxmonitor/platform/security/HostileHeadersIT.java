package vn.dxmonitor.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dxmonitor.platform.support.PlatformApi;
import vn.dxmonitor.platform.support.PlatformInfrastructure;
import vn.dxmonitor.platform.support.PlatformTest;
import vn.dxmonitor.platform.support.RawHttp;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;
import vn.dxmonitor.runtime.keys.KeyRequest;
import vn.dxmonitor.runtime.keys.KeyRole;

/**
 * Requests with headers no honest client sends — the same header twice, control characters in a
 * key, a head far over the server's limit, another scheme with a real password, forwarded-for
 * headers claiming another address, the wrong content type, a body over the limit — sent over a
 * bare socket to the whole platform (ingest, alerting and the dashboard on one port). Each is
 * refused as a problem detail, never let in as a caller it is not, never answered with a 500 or an
 * HTML error page.
 */
@PlatformTest
class HostileHeadersIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String PROBLEM = "application/problem+json";
  private static final int MAX_BODY = 64 * 1024;

  /** One admin endpoint of each service: ingest's, alerting's and the dashboard's. */
  private static final List<String> ADMIN_READS =
      List.of("/api/v1/keys", "/api/v1/receivers", "/api/v1/audit");

  private static Path adminKeyFile;

  @LocalServerPort int port;
  @Autowired ApiKeyRegistry keys;

  private RawHttp http;
  private String admin;
  private String source;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) throws Exception {
    adminKeyFile = PlatformInfrastructure.register(registry, "hostile-" + RUN);
    registry.add("dx.web.max-body", () -> MAX_BODY + "B");
  }

  @BeforeEach
  void keys() throws Exception {
    http = RawHttp.from("127.0.0.1", port);
    admin = Files.readString(adminKeyFile).strip();
    source =
        keys.create(
                new KeyRequest("hostile-" + RUN, KeyRole.SOURCE, List.of("52"), List.of()), "test")
            .key();
  }

  @Test
  void twoAuthorizationHeadersNeverAuthenticateAsEitherKey() throws Exception {
    List<List<String>> pairs =
        List.of(
            List.of(admin, "dxk_bogus"),
            List.of("dxk_bogus", admin),
            List.of(source, admin),
            List.of(admin, source));
    for (String path : ADMIN_READS) {
      // The administrator's key alone is let in: what follows is refused for the pairing only
      assertThat(get(path, "Authorization: Bearer " + admin).status()).as(path).isEqualTo(200);
      for (List<String> pair : pairs) {
        RawHttp.Answer answer =
            get(
                path,
                "Authorization: Bearer " + pair.get(0),
                "Authorization: Bearer " + pair.get(1));
        assertRefusedAsProblem(answer, path + " with two keys", 401);
        assertThat(answer.body()).as(path).contains("Authorization");
      }
      // Both in one header, as a proxy folding them would send them
      assertRefusedAsProblem(
          get(path, "Authorization: Bearer " + admin + ", Bearer " + source), path, 401);
    }
  }

  @Test
  void anAuthorizationHeaderFarOverTheHeaderLimitIsAProblemNotAnHtmlPage() throws Exception {
    String huge = "Authorization: Bearer " + "k".repeat(64 * 1024);
    for (String path : List.of("/api/v1/keys", "/api/v1/alerts", "/api/v1/audit", "/")) {
      RawHttp.Answer answer = get(path, huge);
      assertThat(answer.status()).as(answer.toString()).isIn(400, 431);
      assertThat(answer.contentType()).as(answer.toString()).startsWith(PROBLEM);
      assertThat(answer.body()).doesNotContainIgnoringCase("<html");
    }
  }

  @Test
  void aBearerValueWithControlCharactersIsRefused() throws Exception {
    List<String> hostile =
        List.of(
            "Authorization: Bearer " + admin + "\u0000",
            "Authorization: Bearer " + admin.substring(0, 6) + "\u0007" + admin.substring(6),
            "Authorization: Bearer " + admin + "\u007f",
            "Authorization: Bearer " + admin + "\rX-Injected: 1",
            // A bare LF ends the line, as HTTP allows: the injected line is a second key
            "Authorization: Bearer dxk_bogus\nAuthorization: Bearer " + admin,
            // A folded line continues the value (Tomcat unfolds it, as RFC 9112 allows): a key
            // folded onto a bogus one is not a second key
            "Authorization: Bearer dxk_bogus\r\n " + admin,
            "Authorization: Bearer\t" + admin,
            "Authorization: Bearer " + admin + "\u00a0");
    for (String path : ADMIN_READS) {
      for (String header : hostile) {
        assertRefusedAsProblem(
            get(path, header),
            path + " " + printable(header.replace(admin, "<admin key>")),
            400,
            401);
      }
    }
  }

  @Test
  void anotherSchemeIsRefusedEvenWithARealAccountsPassword() throws Exception {
    String password = Files.readString(PlatformApi.adminPasswordFile(adminKeyFile)).strip();
    // The password is the administrator's own: the sign-in form takes it
    assertThat(signIn(http, "admin", password).header("Location")).doesNotContain("/login");

    String basic =
        "Authorization: Basic "
            + Base64.getEncoder()
                .encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    for (String path : ADMIN_READS) {
      RawHttp.Answer answer = get(path, basic);
      assertRefusedAsProblem(answer, path, 401);
      assertThat(answer.all("Set-Cookie")).as(path + ": no session was made").isEmpty();
    }
    assertRefusedAsProblem(
        get("/api/v1/keys", "Authorization: Digest username=\"admin\", response=\"x\""),
        "digest",
        401);
  }

  @Test
  void forwardedHeadersClaimingAnotherOriginLetNobodyIn() throws Exception {
    String[] spoofed = {
      "X-Forwarded-For: 127.0.0.1",
      "X-Forwarded-Host: evil.example",
      "X-Forwarded-Proto: https",
      "X-Forwarded-Port: 443",
      "X-Forwarded-Prefix: /actuator",
      "X-Real-IP: 127.0.0.1",
      "Forwarded: for=127.0.0.1;host=evil.example;proto=https"
    };
    for (String path : ADMIN_READS) {
      assertRefusedAsProblem(get(path, spoofed), path, 401);
    }
    // A page sends the visitor to sign in on this server, not on the host a header named
    List<String> browser = new ArrayList<>(List.of(spoofed));
    browser.add("Accept: text/html");
    RawHttp.Answer page = http.send("GET /console/alerts", browser, null);
    assertThat(page.status()).isEqualTo(302);
    assertThat(page.header("Location")).contains("/login").doesNotContain("evil.example");
  }

  @Test
  void aSpoofedForwardedForDoesNotLiftTheLockOnAnAddress() throws Exception {
    // Forwarded headers are not trusted unless configured (server.forward-headers-strategy): the
    // throttle keys on the connection's address, which no header changes. 127.0.0.2 is this test's
    // own, so that no other sign-in of the class is locked out.
    RawHttp guesser = RawHttp.from("127.0.0.2", port);
    String password = Files.readString(PlatformApi.adminPasswordFile(adminKeyFile)).strip();
    for (int i = 1; i <= 5; i++) {
      RawHttp.Answer failed =
          signIn(guesser, "nobody-" + i + "-" + RUN, "wrong", "X-Forwarded-For: 203.0.113." + i);
      assertThat(failed.header("Location")).as("failure " + i).contains("/login?error");
    }

    // When the same address claims to be another and signs in with the right password
    RawHttp.Answer locked =
        signIn(
            guesser,
            "admin",
            password,
            "X-Forwarded-For: 198.51.100.7",
            "X-Real-IP: 198.51.100.7",
            "Forwarded: for=198.51.100.7");

    // Then the address is still locked, while the same sign-in from another address goes through
    assertThat(locked.header("Location")).contains("/login?locked");
    assertThat(signIn(http, "admin", password, "X-Forwarded-For: 127.0.0.2").header("Location"))
        .doesNotContain("/login");
  }

  @Test
  void aWrongContentTypeOnAnAdminPostIsRefusedNamingIt() throws Exception {
    String key = "{\"source\":\"content-type-" + RUN + "\",\"units\":[\"52\"]}";
    for (String type :
        List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
      RawHttp.Answer answer =
          http.send(
              "POST /api/v1/keys",
              List.of("Authorization: Bearer " + admin, "Content-Type: " + type),
              key.getBytes(StandardCharsets.UTF_8));
      assertRefusedAsProblem(answer, "keys as " + type, 415);
      assertThat(answer.body()).contains(type);
    }
    assertThat(get("/api/v1/keys", "Authorization: Bearer " + admin).body())
        .as("no key was made")
        .doesNotContain("content-type-" + RUN);
    // The same body as JSON makes the key
    assertThat(
            http.send(
                    "POST /api/v1/keys",
                    List.of("Authorization: Bearer " + admin, "Content-Type: application/json"),
                    key.getBytes(StandardCharsets.UTF_8))
                .status())
        .isEqualTo(201);

    for (String path : List.of("/api/v1/accounts", "/api/v1/silences")) {
      RawHttp.Answer answer =
          http.send(
              "POST " + path,
              List.of("Authorization: Bearer " + admin, "Content-Type: text/plain"),
              "{}".getBytes(StandardCharsets.UTF_8));
      assertRefusedAsProblem(answer, path, 415);
      assertThat(answer.body()).contains("text/plain");
    }
  }

  @Test
  void aBodyOverTheLimitOnAnAdminEndpointIsRefusedWith413() throws Exception {
    byte[] large = "x".repeat(MAX_BODY + 1).getBytes(StandardCharsets.UTF_8);
    List<String[]> endpoints =
        List.of(
            new String[] {"PUT /api/v1/rules", "text/plain"},
            new String[] {"PUT /api/v1/receivers", "application/yaml"},
            new String[] {"POST /api/v1/accounts", "application/json"},
            new String[] {"POST /api/v1/units/import?validFrom=2025-07-01", "text/csv"});
    for (String[] endpoint : endpoints) {
      List<String> headers =
          List.of("Authorization: Bearer " + admin, "Content-Type: " + endpoint[1]);
      RawHttp.Answer answer = http.send(endpoint[0], headers, large);
      assertRefusedAsProblem(answer, endpoint[0], 413);
      assertThat(answer.body()).contains("\"maxBytes\":" + MAX_BODY);
      // A small body is read, and answered on its merits
      assertThat(http.send(endpoint[0], headers, new byte[] {'x'}).status())
          .as(endpoint[0])
          .isNotIn(413, 500);
    }

    // A body sent in chunks says no length: it is cut off once it passes the limit
    RawHttp.Answer chunked =
        http.send(
            "POST /api/v1/accounts",
            List.of(
                "Authorization: Bearer " + admin,
                "Content-Type: application/json",
                "Transfer-Encoding: chunked"),
            chunks(large));
    assertRefusedAsProblem(chunked, "chunked", 400, 413);
  }

  private RawHttp.Answer get(String path, String... headers) throws Exception {
    return http.send("GET " + path, List.of(headers), null);
  }

  /** Signs in through the form, with its CSRF token and cookie; answers the form's redirect. */
  private static RawHttp.Answer signIn(RawHttp from, String name, String password, String... extra)
      throws Exception {
    RawHttp.Answer form = from.send("GET /login", List.of(extra), null);
    assertThat(form.status()).as(form.toString()).isEqualTo(200);
    String cookie =
        form.all("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .map(c -> c.substring(0, c.indexOf(';')))
            .findFirst()
            .orElseThrow();
    Matcher input = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>").matcher(form.body());
    assertThat(input.find()).as("the form's CSRF token").isTrue();
    Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
    assertThat(value.find()).isTrue();
    String body =
        "username="
            + URLEncoder.encode(name, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(value.group(1), StandardCharsets.UTF_8);
    List<String> headers = new ArrayList<>(List.of(extra));
    headers.add("Cookie: " + cookie);
    headers.add("Content-Type: application/x-www-form-urlencoded");
    RawHttp.Answer answer =
        from.send("POST /login", headers, body.getBytes(StandardCharsets.UTF_8));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(302);
    return answer;
  }

  private static void assertRefusedAsProblem(
      RawHttp.Answer answer, String what, Integer... status) {
    assertThat(answer.status()).as(what + ": " + answer).isIn((Object[]) status);
    assertThat(answer.contentType()).as(what + ": " + answer).startsWith(PROBLEM);
    assertThat(answer.body()).as(what).doesNotContainIgnoringCase("<html");
  }

  private static byte[] chunks(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int at = 0; at < body.length; at += 4096) {
      int length = Math.min(4096, body.length - at);
      out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.write(body, at, length);
      out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  private static String printable(String header) {
    StringBuilder text = new StringBuilder();
    for (char c : header.toCharArray()) {
      text.append(c < 0x20 || c == 0x7f || c > 0x7e ? String.format("\\u%04x", (int) c) : c);
    }
    return text.toString();
  }
}
