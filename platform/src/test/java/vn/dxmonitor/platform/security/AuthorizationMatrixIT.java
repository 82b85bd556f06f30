package vn.dxmonitor.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.dxmonitor.platform.support.PlatformInfrastructure;
import vn.dxmonitor.platform.support.PlatformTest;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;
import vn.dxmonitor.runtime.keys.KeyRequest;
import vn.dxmonitor.runtime.keys.KeyRole;

/**
 * Every endpoint the platform maps — ingest's, alerting's and the dashboard's, read from the
 * application's own request mappings — called by every kind of caller: nobody, a source system's
 * key, an operator of one commune, an operator of the province, an administrator of the province
 * and an administrator of the whole country. Each answer is compared with the rule the table below
 * gives the endpoint: let through (anything but 401, 403 or a redirect to sign-in) or refused. An
 * endpoint without a rule fails the test, so a new one cannot be added without deciding who may
 * call it; the administrative ones are also called with their path spelt in other ways.
 */
@PlatformTest
class AuthorizationMatrixIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  /** Who calls. */
  enum Caller {
    ANONYMOUS,
    SOURCE,
    COMMUNE_OPERATOR,
    PROVINCE_OPERATOR,
    PROVINCE_ADMIN,
    NATIONAL_ADMIN
  }

  /** Who an endpoint lets through. */
  enum Access {
    OPEN(Set.of(Caller.values())),
    READ(
        Set.of(
            Caller.SOURCE,
            Caller.COMMUNE_OPERATOR,
            Caller.PROVINCE_OPERATOR,
            Caller.PROVINCE_ADMIN,
            Caller.NATIONAL_ADMIN)),
    REPORT(Set.of(Caller.SOURCE, Caller.PROVINCE_ADMIN, Caller.NATIONAL_ADMIN)),
    OPERATE(
        Set.of(
            Caller.COMMUNE_OPERATOR,
            Caller.PROVINCE_OPERATOR,
            Caller.PROVINCE_ADMIN,
            Caller.NATIONAL_ADMIN)),
    ADMIN(Set.of(Caller.PROVINCE_ADMIN, Caller.NATIONAL_ADMIN)),
    NATIONAL(Set.of(Caller.NATIONAL_ADMIN));

    final Set<Caller> allowed;

    Access(Set<Caller> allowed) {
      this.allowed = allowed;
    }
  }

  /** A rule: who may call, and what the test sends (a body that changes nothing lasting). */
  record Rule(Access access, String type, String body) {
    static Rule of(Access access) {
      return new Rule(access, null, null);
    }

    static Rule json(Access access, String body) {
      return new Rule(access, "application/json", body);
    }
  }

  private static final Map<String, Rule> RULES = new TreeMap<>();

  static {
    // Open: signing in, the API's description, the error page
    RULES.put("GET /login", Rule.of(Access.OPEN));
    RULES.put("GET /error", Rule.of(Access.OPEN));
    RULES.put("GET /v3/api-docs", Rule.of(Access.OPEN));
    RULES.put("GET /v3/api-docs.yaml", Rule.of(Access.OPEN));
    RULES.put("GET /v3/api-docs/swagger-config", Rule.of(Access.OPEN));
    RULES.put("GET /swagger-ui.html", Rule.of(Access.OPEN));
    // Ingest: reporting, and keys for administrators (within their units)
    RULES.put("POST /api/v1/events", Rule.json(Access.REPORT, "[]"));
    RULES.put("POST /api/v1/reports", Rule.json(Access.REPORT, "{}"));
    RULES.put("GET /api/v1/keys", Rule.of(Access.ADMIN));
    RULES.put(
        "POST /api/v1/keys",
        Rule.json(Access.ADMIN, "{\"source\":\"matrix\",\"units\":[\"21583\"]}"));
    RULES.put("DELETE /api/v1/keys/{id}", Rule.of(Access.ADMIN));
    // Alerting: operators work alerts and silences; the rules and receivers are the country's
    RULES.put("GET /api/v1/alerts", Rule.of(Access.OPERATE));
    RULES.put("GET /api/v1/alerts/{id}", Rule.of(Access.OPERATE));
    for (String action : List.of("ack", "unack", "assign", "comments")) {
      RULES.put("POST /api/v1/alerts/{id}/" + action, Rule.json(Access.OPERATE, "{}"));
    }
    RULES.put("GET /api/v1/silences", Rule.of(Access.OPERATE));
    RULES.put(
        "POST /api/v1/silences", Rule.json(Access.OPERATE, "{\"matchers\":{\"unit\":\"21583\"}}"));
    RULES.put("DELETE /api/v1/silences/{id}", Rule.of(Access.OPERATE));
    RULES.put("GET /api/v1/rules", Rule.of(Access.OPERATE));
    RULES.put("PUT /api/v1/rules", new Rule(Access.NATIONAL, "application/yaml", "rules: ["));
    RULES.put("GET /api/v1/receivers", Rule.of(Access.NATIONAL));
    RULES.put("PUT /api/v1/receivers", new Rule(Access.NATIONAL, "application/yaml", "x: ["));
    // The dashboard's reading API and pages: anyone signed in or with a key
    for (String read :
        List.of(
            "/api/v1/status",
            "/api/v1/indicators",
            "/api/v1/indicators/{id}",
            "/api/v1/plans",
            "/api/v1/plans/{id}",
            "/api/v1/plans/{id}/versions",
            "/api/v1/units",
            "/api/v1/rankings",
            "/api/v1/rankings/freezes",
            "/api/v1/revisions",
            "/api/v1/stream",
            "/",
            "/units",
            "/unit/{code}",
            "/board",
            "/rankings",
            "/catalog",
            "/catalog/plans/{id}",
            "/reports/review.csv",
            "/reports/review.pdf")) {
      RULES.put("GET " + read, Rule.of(Access.READ));
    }
    // The console: operators
    RULES.put("GET /console/alerts", Rule.of(Access.OPERATE));
    RULES.put("GET /console/alerts/{id}", Rule.of(Access.OPERATE));
    RULES.put(
        "POST /console/alerts/{id}/{action}",
        new Rule(Access.OPERATE, "application/x-www-form-urlencoded", ""));
    RULES.put("GET /console/dead-letters", Rule.of(Access.OPERATE));
    RULES.put(
        "POST /console/dead-letters/replay",
        new Rule(Access.OPERATE, "application/x-www-form-urlencoded", ""));
    RULES.put("GET /console/recoveries", Rule.of(Access.OPERATE));
    // Administration: administrators within their units; the country's entries, national ones
    RULES.put("GET /api/v1/audit", Rule.of(Access.ADMIN));
    RULES.put("GET /api/v1/accounts", Rule.of(Access.ADMIN));
    RULES.put("POST /api/v1/accounts", Rule.json(Access.ADMIN, "{}"));
    RULES.put("POST /api/v1/accounts/{name}/disable", Rule.of(Access.ADMIN));
    RULES.put("POST /api/v1/rankings/freezes", Rule.json(Access.ADMIN, "{}"));
    RULES.put(
        "POST /api/v1/plans", Rule.json(Access.ADMIN, "{\"id\":\"m\",\"issuedFor\":[\"21583\"]}"));
    RULES.put(
        "PUT /api/v1/plans/{id}",
        Rule.json(Access.ADMIN, "{\"id\":\"m\",\"issuedFor\":[\"21583\"]}"));
    RULES.put("POST /api/v1/indicators", Rule.json(Access.NATIONAL, "{}"));
    RULES.put("PUT /api/v1/indicators/{id}", Rule.json(Access.NATIONAL, "{}"));
    RULES.put("POST /api/v1/units/import", new Rule(Access.NATIONAL, "text/csv", "code\n"));
    RULES.put(
        "POST /api/v1/units/reorganisations", new Rule(Access.NATIONAL, "text/csv", "level\n"));
  }

  private static Path adminKeyFile;

  @LocalServerPort int port;
  @Autowired ApiKeyRegistry keys;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) throws Exception {
    adminKeyFile = PlatformInfrastructure.register(registry, "matrix-" + RUN);
  }

  @Test
  void everyEndpointLetsThroughExactlyTheCallersItsRuleNames() throws Exception {
    Map<Caller, String> credentials = credentials();
    Set<String> mapped = mappedEndpoints();
    assertThat(new TreeSet<>(mapped))
        .as("endpoints without a rule: decide who may call them in RULES")
        .isSubsetOf(RULES.keySet());

    List<String> wrong = new ArrayList<>();
    for (String endpoint : mapped) {
      Rule rule = RULES.get(endpoint);
      for (Caller caller : Caller.values()) {
        int status = call(endpoint, rule, credentials.get(caller), concrete(endpoint));
        boolean through = letThrough(status);
        if (through != rule.access().allowed.contains(caller)) {
          wrong.add(endpoint + " by " + caller + ": " + status + " (rule " + rule.access() + ")");
        }
      }
    }
    assertThat(wrong).as("answers that break the rules").isEmpty();
  }

  @Test
  void administrativePathsSpeltOtherwiseAreStillRefused() throws Exception {
    String source = credentials().get(Caller.SOURCE);
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Rule> entry : RULES.entrySet()) {
      String endpoint = entry.getKey();
      Access access = entry.getValue().access();
      if (!endpoint.startsWith("GET /api/") || endpoint.contains("{")) {
        continue;
      }
      if (access != Access.ADMIN && access != Access.NATIONAL && access != Access.OPERATE) {
        continue;
      }
      String path = endpoint.substring("GET ".length());
      for (String spelling : spellings(path)) {
        int status = call("GET " + path, Rule.of(access), source, spelling);
        if (status / 100 == 2) {
          wrong.add(spelling + ": " + status);
        }
      }
    }
    assertThat(wrong).as("spellings a source key got through").isEmpty();
  }

  @Test
  void everyServicesPathsSpeltOtherwiseNeedAWorkingKey() throws Exception {
    // Ingest's, alerting's and the dashboard's chains each match their own paths: a spelling that
    // slipped past its service's chain must still not reach the endpoint without a key.
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Rule> entry : RULES.entrySet()) {
      String endpoint = entry.getKey();
      if (!endpoint.startsWith("GET /api/")
          || endpoint.contains("{")
          || entry.getValue().access() == Access.OPEN) {
        continue;
      }
      String path = endpoint.substring("GET ".length());
      for (String spelling : spellings(path)) {
        int status = call("GET " + path, Rule.of(entry.getValue().access()), null, spelling);
        if (status / 100 == 2) {
          wrong.add(spelling + ": " + status);
        }
      }
    }
    assertThat(wrong).as("spellings that got through without a key").isEmpty();
  }

  /** The same path as a client might spell it to slip past a check on the raw path. */
  private static List<String> spellings(String path) {
    String rest = path.substring("/api/v1/".length());
    String first = rest.substring(0, 1);
    return List.of(
        "/api/v1/%" + Integer.toHexString(first.charAt(0)) + rest.substring(1),
        "/api/v1/%" + Integer.toHexString(first.charAt(0)).toUpperCase() + rest.substring(1),
        path + "/",
        "/api/v1//" + rest,
        path + ";x=1",
        "/api/v1/./" + rest,
        "/api/v1/%2e/" + rest,
        "/api/v1/x/../" + rest,
        "/API/V1/" + rest.toUpperCase());
  }

  private Set<String> mappedEndpoints() {
    Set<String> endpoints = new TreeSet<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      for (String pattern : info.getPatternValues()) {
        for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
          endpoints.add(method.name() + " " + pattern);
        }
      }
    }
    return endpoints;
  }

  private Map<Caller, String> credentials() throws Exception {
    Map<Caller, String> made = new EnumMap<>(Caller.class);
    made.put(Caller.ANONYMOUS, null);
    made.put(Caller.SOURCE, key(KeyRole.SOURCE, "52"));
    made.put(Caller.COMMUNE_OPERATOR, key(KeyRole.OPERATOR, "21583"));
    made.put(Caller.PROVINCE_OPERATOR, key(KeyRole.OPERATOR, "52"));
    made.put(Caller.PROVINCE_ADMIN, key(KeyRole.ADMIN, "52"));
    made.put(Caller.NATIONAL_ADMIN, Files.readString(adminKeyFile).strip());
    return made;
  }

  private String key(KeyRole role, String unit) {
    return keys.create(new KeyRequest("matrix-" + RUN, role, List.of(unit), List.of()), "test")
        .key();
  }

  /** The endpoint's path with its variables filled in with values that name nothing. */
  private static String concrete(String endpoint) {
    String path = endpoint.substring(endpoint.indexOf(' ') + 1);
    return path.replace("{code}", "21583")
        .replace("{action}", "ack")
        .replaceAll("\\{[^}]+}", "matrix-" + RUN);
  }

  private int call(String endpoint, Rule rule, String key, String path) throws Exception {
    String method = endpoint.substring(0, endpoint.indexOf(' '));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(20));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    if (rule.body() != null) {
      request.header("Content-Type", rule.type());
      request.method(
          method, HttpRequest.BodyPublishers.ofString(rule.body(), StandardCharsets.UTF_8));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    // The answer's head is enough; a stream of events would not end
    HttpResponse<InputStream> answer =
        http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    answer.body().close();
    if (answer.statusCode() == 302
        && answer.headers().firstValue("Location").orElse("").contains("/login")) {
      return 401;
    }
    return answer.statusCode();
  }

  private static boolean letThrough(int status) {
    return status != 401 && status != 403;
  }
}
