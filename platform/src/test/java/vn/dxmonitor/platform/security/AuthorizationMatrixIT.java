package vn.dxmonitor.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.alerting.rule.AlertRules;
import vn.dxmonitor.platform.support.PlatformApi;
import vn.dxmonitor.platform.support.PlatformInfrastructure;
import vn.dxmonitor.platform.support.PlatformTest;
import vn.dxmonitor.platform.support.QuickAlerts;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;
import vn.dxmonitor.runtime.keys.KeyRequest;
import vn.dxmonitor.runtime.keys.KeyRole;

/**
 * Every endpoint the platform maps — ingest's, alerting's and the dashboard's, read from the
 * application's own request mappings — called by every kind of caller: nobody; the API keys of a
 * source system, an operator of one commune, an operator of the province, an administrator of the
 * province and an administrator of the whole country; and signed-in accounts of a leader, of those
 * operators and administrators. Each answer is compared with the rule the table below gives the
 * endpoint: let through (anything but 401, 403 or a redirect to sign-in) or refused; an account is
 * answered as the key of its rank, unless the rule says the endpoint takes keys only. An endpoint
 * without a rule fails the test, so a new one cannot be added without deciding who may call it, and
 * a rule without an endpoint fails it too, so a service whose controllers left the context is not
 * passed over in silence; the administrative ones are also called with their path spelt in other
 * ways.
 *
 * <p>Who is let in is half of it: a caller scoped to a subtree must also see and change nothing
 * outside it. With a second province beside Gia Lai, an administrator of Gia Lai and an operator of
 * one of its communes are shown to see, work and silence only the alerts of their own units.
 */
@PlatformTest
class AuthorizationMatrixIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  /**
   * Who calls: nobody, five API keys, and five signed-in accounts. An account stands beside the key
   * of its rank and units and must be answered as that key is, unless the endpoint's rule says it
   * takes keys only; a leader reads as a source system's key does.
   */
  enum Caller {
    ANONYMOUS(null),
    SOURCE(null),
    COMMUNE_OPERATOR(null),
    PROVINCE_OPERATOR(null),
    PROVINCE_ADMIN(null),
    NATIONAL_ADMIN(null),
    LEADER_ACCOUNT(SOURCE),
    COMMUNE_OPERATOR_ACCOUNT(COMMUNE_OPERATOR),
    PROVINCE_OPERATOR_ACCOUNT(PROVINCE_OPERATOR),
    PROVINCE_ADMIN_ACCOUNT(PROVINCE_ADMIN),
    NATIONAL_ADMIN_ACCOUNT(NATIONAL_ADMIN);

    /** For a signed-in account, the key whose answers it gets; null for a key or nobody. */
    final Caller keyOfItsRank;

    Caller(Caller keyOfItsRank) {
      this.keyOfItsRank = keyOfItsRank;
    }

    boolean account() {
      return keyOfItsRank != null;
    }
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

  /**
   * A rule: who may call, whether only API keys sign in there, and what the test sends (a body that
   * changes nothing lasting).
   *
   * @param keysOnly ingest's and alerting's APIs take API keys alone (their chains are stateless
   *     and know no session): an account is refused there whatever its rank, and works alerts in
   *     the console and administers through the dashboard instead
   */
  record Rule(Access access, boolean keysOnly, String type, String body) {
    Rule(Access access, String type, String body) {
      this(access, false, type, body);
    }

    static Rule of(Access access) {
      return new Rule(access, null, null);
    }

    static Rule json(Access access, String body) {
      return new Rule(access, "application/json", body);
    }

    Rule forKeysOnly() {
      return new Rule(access, true, type, body);
    }

    /** Whether the caller is to be let through. */
    boolean letsThrough(Caller caller) {
      if (caller.account()) {
        return !keysOnly && access.allowed.contains(caller.keyOfItsRank);
      }
      return access.allowed.contains(caller);
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
    // Ingest: reporting
    RULES.put("POST /api/v1/events", Rule.json(Access.REPORT, "[]").forKeysOnly());
    RULES.put("POST /api/v1/reports", Rule.json(Access.REPORT, "{}").forKeysOnly());
    // Administration: keys for administrators, signed in or with a key (within their units)
    RULES.put("GET /api/v1/keys", Rule.of(Access.ADMIN));
    RULES.put(
        "POST /api/v1/keys",
        Rule.json(Access.ADMIN, "{\"source\":\"matrix\",\"units\":[\"21583\"]}"));
    RULES.put("DELETE /api/v1/keys/{id}", Rule.of(Access.ADMIN));
    // Alerting: operators work alerts and silences; the rules and receivers are the country's
    RULES.put("GET /api/v1/alerts", Rule.of(Access.OPERATE).forKeysOnly());
    RULES.put("GET /api/v1/alerts/{id}", Rule.of(Access.OPERATE).forKeysOnly());
    for (String action : List.of("ack", "unack", "assign", "comments")) {
      RULES.put(
          "POST /api/v1/alerts/{id}/" + action, Rule.json(Access.OPERATE, "{}").forKeysOnly());
    }
    RULES.put("GET /api/v1/silences", Rule.of(Access.OPERATE).forKeysOnly());
    RULES.put(
        "POST /api/v1/silences",
        Rule.json(Access.OPERATE, "{\"matchers\":{\"unit\":\"21583\"}}").forKeysOnly());
    RULES.put("DELETE /api/v1/silences/{id}", Rule.of(Access.OPERATE).forKeysOnly());
    RULES.put("GET /api/v1/rules", Rule.of(Access.OPERATE).forKeysOnly());
    RULES.put(
        "PUT /api/v1/rules",
        new Rule(Access.NATIONAL, "application/yaml", "rules: [").forKeysOnly());
    RULES.put("GET /api/v1/receivers", Rule.of(Access.NATIONAL).forKeysOnly());
    RULES.put(
        "PUT /api/v1/receivers",
        new Rule(Access.NATIONAL, "application/yaml", "x: [").forKeysOnly());
    // The dashboard's reading API and pages: anyone signed in or with a key
    for (String read :
        List.of(
            "/api/v1/status",
            "/api/v1/scorecards",
            "/api/v1/scores/{scorecard}",
            "/api/v1/scores/{scorecard}/units",
            "/api/v1/scorecards/{id}/versions",
            "/api/v1/reporting/due",
            "/api/v1/submissions/form",
            "/api/v1/reporting/completeness",
            "/reporting/form",
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
            "/indices",
            "/provinces",
            "/catalog",
            "/catalog/plans/{id}",
            "/reports/review.csv",
            "/reports/review.pdf")) {
      RULES.put("GET " + read, Rule.of(Access.READ));
    }
    // Self-reported figures: reporters and verifiers, and administrators, who may do both
    RULES.put("PUT /api/v1/submissions/{unit}/{indicator}/{period}", Rule.json(Access.ADMIN, "{}"));
    RULES.put("GET /api/v1/submissions/waiting", Rule.of(Access.ADMIN));
    RULES.put("POST /api/v1/submissions/bulk", new Rule(Access.ADMIN, "text/csv", "unit\n"));
    RULES.put("GET /reporting/verify", Rule.of(Access.ADMIN));
    RULES.put("POST /api/v1/evidence", new Rule(Access.ADMIN, "application/pdf", "%PDF-1.4"));
    RULES.put("GET /api/v1/evidence/{id}", Rule.of(Access.READ));
    for (String page :
        List.of("/reporting/form/save", "/reporting/form/submit", "/reporting/form/bulk")) {
      RULES.put("POST " + page, new Rule(Access.ADMIN, "application/x-www-form-urlencoded", ""));
    }
    RULES.put(
        "POST /reporting/verify/{decision}",
        new Rule(Access.ADMIN, "application/x-www-form-urlencoded", ""));
    RULES.put(
        "POST /api/v1/submissions/{unit}/{indicator}/{period}/{step}",
        Rule.json(Access.ADMIN, "{}"));
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
    RULES.put("PUT /api/v1/scorecards/{id}", Rule.json(Access.NATIONAL, "{}"));
    RULES.put("POST /api/v1/units/import", new Rule(Access.NATIONAL, "text/csv", "code\n"));
    RULES.put(
        "POST /api/v1/units/reorganisations", new Rule(Access.NATIONAL, "text/csv", "level\n"));
  }

  private static final String PASSWORD = "mat-khau-ma-tran-2026";
  private static final String GIA_LAI = "52";
  private static final String QUY_NHON = "21583";
  private static final String AN_LAO = "21609";
  private static final String HCMC = "79";
  private static final String THU_DAU_MOT = "25747";
  private static final String ANY_STATE = "?state=pending,firing,resolved";

  private static Path adminKeyFile;

  /** Each caller's credentials, made once for the class: keys and signed-in sessions. */
  private static Map<Caller, Credential> credentials;

  private static boolean twoProvinces;

  @LocalServerPort int port;
  @Autowired ApiKeyRegistry keys;
  @Autowired AlertRules alertRules;

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
    Map<Caller, Credential> credentials = credentials();
    Set<String> mapped = mappedEndpoints();
    assertThat(new TreeSet<>(mapped))
        .as("endpoints without a rule: decide who may call them in RULES")
        .isSubsetOf(RULES.keySet());

    List<String> wrong = new ArrayList<>();
    for (String endpoint : mapped) {
      Rule rule = RULES.get(endpoint);
      for (Caller caller : Caller.values()) {
        int status = call(endpoint, rule, credentials.get(caller), concrete(endpoint));
        if (letThrough(status) != rule.letsThrough(caller)) {
          wrong.add(
              endpoint
                  + " by "
                  + caller
                  + ": "
                  + status
                  + " (rule "
                  + rule.access()
                  + (rule.keysOnly() ? ", keys only" : "")
                  + ")");
        }
      }
    }
    assertThat(wrong).as("answers that break the rules").isEmpty();
  }

  @Test
  void everyRuleNamesAnEndpointTheApplicationMaps() {
    // A service's controllers missing from the context would leave its rules checking nothing
    assertThat(new TreeSet<>(RULES.keySet()))
        .as("rules naming no mapped endpoint")
        .isSubsetOf(mappedEndpoints());
  }

  /**
   * Finding H3f: an administrator of a province and an operator of a commune see, and act on, only
   * the alerts of their units; another province's alert is, to them, an alert that is not. The
   * alerts are made by the real path: events through ingest, the processor's values, the alerting
   * engine firing.
   */
  @Test
  void scopedCallersSeeAndTouchOnlyTheAlertsOfTheirUnits() throws Exception {
    twoProvinces();
    QuickAlerts.behindFiresAfterOneSecond(alertRules);
    String national = nationalKey();
    for (String unit : List.of(AN_LAO, THU_DAU_MOT)) {
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> send("POST", "/api/v1/events", national, events(unit)).statusCode() == 202);
    }
    String giaLaiAlert = alertOf(national, AN_LAO);
    String hcmcAlert = alertOf(national, THU_DAU_MOT);
    Map<String, String> scoped =
        Map.of(
            "admin key of " + GIA_LAI, key(KeyRole.ADMIN, GIA_LAI),
            "operator key of " + AN_LAO, key(KeyRole.OPERATOR, AN_LAO));

    for (Map.Entry<String, String> caller : scoped.entrySet()) {
      String who = caller.getKey();
      String key = caller.getValue();
      JsonNode listed = json(send("GET", "/api/v1/alerts" + ANY_STATE, key, null));
      assertThat(listed.findValuesAsString("id")).as(who).contains(giaLaiAlert);
      assertThat(paths(listed))
          .as(who + " lists only alerts of its units")
          .allMatch(path -> path.contains(GIA_LAI))
          .noneMatch(path -> path.contains(HCMC));
      assertThat(json(send("GET", "/api/v1/alerts" + ANY_STATE + "&unit=" + HCMC, key, null)))
          .as(who + " asking for the other province by name")
          .isEmpty();
      assertThat(send("GET", alertPath(giaLaiAlert), key, null).statusCode())
          .as(who)
          .isEqualTo(200);
      assertThat(send("GET", alertPath(hcmcAlert), key, null).statusCode()).as(who).isEqualTo(404);
      for (String action : List.of("ack", "unack", "assign", "comments")) {
        HttpResponse<String> acted =
            send(
                "POST",
                alertPath(hcmcAlert) + "/" + action,
                key,
                "{\"comment\":\"x\",\"text\":\"x\",\"assignee\":\"x\"}");
        assertThat(acted.statusCode()).as(who + " " + action + ": " + acted.body()).isEqualTo(404);
      }
    }
    // An operator of another commune of the same province sees neither
    String quyNhon = key(KeyRole.OPERATOR, QUY_NHON);
    assertThat(
            json(send("GET", "/api/v1/alerts" + ANY_STATE, quyNhon, null)).findValuesAsString("id"))
        .doesNotContain(giaLaiAlert, hcmcAlert);
    assertThat(send("GET", alertPath(giaLaiAlert), quyNhon, null).statusCode()).isEqualTo(404);

    // Signed in, in the console, the same: the other province's alert is not there to see or work
    for (Caller account : List.of(Caller.COMMUNE_OPERATOR_ACCOUNT, Caller.PROVINCE_ADMIN_ACCOUNT)) {
      Credential session = credentials().get(account);
      String page = "/console/alerts/" + URLEncoder.encode(hcmcAlert, StandardCharsets.UTF_8);
      assertThat(call("GET " + page, Rule.of(Access.OPERATE), session, page))
          .as(account + " reading")
          .isEqualTo(404);
      Rule form = new Rule(Access.OPERATE, "application/x-www-form-urlencoded", "comment=x");
      assertThat(call("POST " + page, form, session, page + "/ack"))
          .as(account + " acknowledging")
          .isEqualTo(404);
    }

    Credential operatorSession = credentials().get(Caller.COMMUNE_OPERATOR_ACCOUNT);
    HttpResponse<String> console =
        operatorSession
            .session()
            .client
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://127.0.0.1:" + port + "/console/alerts?state=all&unit=" + HCMC))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(console.body())
        .as("the console listing the other province, " + console.statusCode())
        .doesNotContain(hcmcAlert, "Thủ Dầu Một");

    JsonNode untouched = json(send("GET", alertPath(hcmcAlert), national, null));
    assertThat(untouched.get("acknowledged").isNull()).as(untouched.toString()).isTrue();
    assertThat(untouched.get("history").toString()).doesNotContain("key:", "user:");
  }

  /** Silences: none made outside the caller's units, none of others' units seen or ended. */
  @Test
  void scopedCallersSilenceOnlyWithinTheirUnitsAndSeeNoOtherSilences() throws Exception {
    twoProvinces();
    String national = nationalKey();
    String hcmcSilence = silence(national, "{\"unit\":\"" + THU_DAU_MOT + "\"}");
    String countrySilence = silence(national, "{\"indicator\":\"work-records-online\"}");
    String quyNhonSilence = silence(national, "{\"unit\":\"" + QUY_NHON + "\"}");
    String provinceAdmin = key(KeyRole.ADMIN, GIA_LAI);
    String communeOperator = key(KeyRole.OPERATOR, AN_LAO);

    Map<String, List<String>> outside =
        Map.of(
            provinceAdmin,
            List.of(
                "{\"unit\":\"" + HCMC + "\"}",
                "{\"unit\":\"" + THU_DAU_MOT + "\"}",
                "{\"indicator\":\"work-records-online\"}"),
            communeOperator,
            List.of(
                "{\"unit\":\"" + GIA_LAI + "\"}",
                "{\"unit\":\"" + QUY_NHON + "\"}",
                "{\"unit\":\"" + THU_DAU_MOT + "\"}",
                "{\"rule\":\"behind-trajectory\"}"));
    for (Map.Entry<String, List<String>> caller : outside.entrySet()) {
      for (String matchers : caller.getValue()) {
        HttpResponse<String> made =
            send("POST", "/api/v1/silences", caller.getKey(), silenceBody(matchers));
        assertThat(made.statusCode()).as(matchers + ": " + made.body()).isEqualTo(403);
      }
    }
    String own = silence(communeOperator, "{\"unit\":\"" + AN_LAO + "\"}");

    assertThat(silences(provinceAdmin))
        .contains(own, quyNhonSilence)
        .doesNotContain(hcmcSilence, countrySilence);
    assertThat(silences(communeOperator))
        .contains(own)
        .doesNotContain(hcmcSilence, countrySilence, quyNhonSilence);
    assertThat(send("DELETE", "/api/v1/silences/" + hcmcSilence, provinceAdmin, null).statusCode())
        .isEqualTo(404);
    assertThat(
            send("DELETE", "/api/v1/silences/" + quyNhonSilence, communeOperator, null)
                .statusCode())
        .isEqualTo(404);
    assertThat(json(send("GET", "/api/v1/silences", national, null)).findValuesAsString("id"))
        .as("the silences the scoped callers could not end are still in force")
        .contains(hcmcSilence, quyNhonSilence, countrySilence);
  }

  @Test
  void administrativePathsSpeltOtherwiseAreStillRefused() throws Exception {
    Credential source = credentials().get(Caller.SOURCE);
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
        int status =
            call("GET " + path, Rule.of(entry.getValue().access()), Credential.NONE, spelling);
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

  /** A caller's credentials: an API key, a signed-in session, or neither. */
  record Credential(String key, SignedIn session) {
    static final Credential NONE = new Credential(null, null);
  }

  private synchronized Map<Caller, Credential> credentials() throws Exception {
    if (credentials != null) {
      return credentials;
    }
    Map<Caller, Credential> made = new EnumMap<>(Caller.class);
    made.put(Caller.ANONYMOUS, Credential.NONE);
    made.put(Caller.SOURCE, keyed(KeyRole.SOURCE, GIA_LAI));
    made.put(Caller.COMMUNE_OPERATOR, keyed(KeyRole.OPERATOR, QUY_NHON));
    made.put(Caller.PROVINCE_OPERATOR, keyed(KeyRole.OPERATOR, GIA_LAI));
    made.put(Caller.PROVINCE_ADMIN, keyed(KeyRole.ADMIN, GIA_LAI));
    made.put(Caller.NATIONAL_ADMIN, new Credential(nationalKey(), null));
    made.put(Caller.LEADER_ACCOUNT, account("leader", GIA_LAI));
    made.put(Caller.COMMUNE_OPERATOR_ACCOUNT, account("operator", QUY_NHON));
    made.put(Caller.PROVINCE_OPERATOR_ACCOUNT, account("operator", GIA_LAI));
    made.put(Caller.PROVINCE_ADMIN_ACCOUNT, account("admin", GIA_LAI));
    // The account the platform makes for the country's administrator at start-up
    made.put(
        Caller.NATIONAL_ADMIN_ACCOUNT,
        signIn("admin", Files.readString(PlatformApi.adminPasswordFile(adminKeyFile)).strip()));
    credentials = made;
    return made;
  }

  private static String nationalKey() throws Exception {
    return Files.readString(adminKeyFile).strip();
  }

  private Credential keyed(KeyRole role, String unit) {
    return new Credential(key(role, unit), null);
  }

  private String key(KeyRole role, String unit) {
    return keys.create(new KeyRequest("matrix-" + RUN, role, List.of(unit), List.of()), "test")
        .key();
  }

  /** An account made through the accounts API by the national administrator, then signed in. */
  private Credential account(String role, String unit) throws Exception {
    String name = "matrix-" + role + "-" + unit + "-" + RUN;
    HttpResponse<String> made =
        send(
            "POST",
            "/api/v1/accounts",
            nationalKey(),
            String.format(
                "{\"name\":\"%s\",\"role\":\"%s\",\"units\":[\"%s\"],\"password\":\"%s\"}",
                name, role, unit, PASSWORD));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    return signIn(name, PASSWORD);
  }

  private Credential signIn(String name, String password) throws Exception {
    SignedIn session = new SignedIn(port);
    assertThat(session.signIn(name, password)).as("signed in as " + name).isTrue();
    return new Credential(null, session);
  }

  /**
   * A person signed in through the login form as a browser is: the session cookie, and the CSRF
   * token of the session, sent with every request that changes something.
   */
  static final class SignedIn {

    private static final Pattern TOKEN =
        Pattern.compile(
            "name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    final HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(new CookieManager())
            .build();
    private final String base;
    String token;

    SignedIn(int port) {
      this.base = "http://127.0.0.1:" + port;
    }

    boolean signIn(String name, String password) throws Exception {
      String form =
          "username="
              + URLEncoder.encode(name, StandardCharsets.UTF_8)
              + "&password="
              + URLEncoder.encode(password, StandardCharsets.UTF_8)
              + "&_csrf="
              + URLEncoder.encode(token(), StandardCharsets.UTF_8);
      HttpResponse<Void> login =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "/login"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      String location = login.headers().firstValue("Location").orElse("");
      // Signing in makes the session, and its token, anew
      token = token();
      return login.statusCode() == 302 && !location.contains("/login");
    }

    private String token() throws Exception {
      String page =
          client
              .send(
                  HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      Matcher matcher = TOKEN.matcher(page);
      assertThat(matcher.find()).as("a CSRF token on the login page").isTrue();
      return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }
  }

  /** The endpoint's path with its variables filled in with values that name nothing. */
  private static String concrete(String endpoint) {
    String path = endpoint.substring(endpoint.indexOf(' ') + 1);
    return path.replace("{code}", "21583")
        .replace("{action}", "ack")
        .replaceAll("\\{[^}]+}", "matrix-" + RUN);
  }

  private int call(String endpoint, Rule rule, Credential credential, String path)
      throws Exception {
    String method = endpoint.substring(0, endpoint.indexOf(' '));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(20));
    if (credential.key() != null) {
      request.header("Authorization", "Bearer " + credential.key());
    }
    HttpClient client = http;
    if (credential.session() != null) {
      client = credential.session().client;
      if (!method.equals("GET")) {
        request.header("X-CSRF-TOKEN", credential.session().token);
      }
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
        client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    answer.body().close();
    if (answer.statusCode() == 302
        && answer.headers().firstValue("Location").orElse("").contains("/login")) {
      return 401;
    }
    return answer.statusCode();
  }

  /** A request with a key, its whole answer read. */
  private HttpResponse<String> send(String method, String path, String key, String json)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(20))
            .header("Authorization", "Bearer " + key);
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * A second province beside the built-in Gia Lai — Hồ Chí Minh City with one ward — and a plan of
   * its own, so that its units can have alerts and silences; made once, with the national key. Its
   * target has a baseline: without one the trajectory starts at the first value observed, which
   * then is exactly on track and never fires.
   */
  private synchronized void twoProvinces() throws Exception {
    if (twoProvinces) {
      return;
    }
    HttpRequest importing =
        HttpRequest.newBuilder(
                URI.create(
                    "http://127.0.0.1:" + port + "/api/v1/units/import?validFrom=2025-07-01"))
            .header("Authorization", "Bearer " + nationalKey())
            .header("Content-Type", "text/csv")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "code,name,type,level,parent_code\n"
                        + HCMC
                        + ",Thành phố Hồ Chí Minh,Thành phố Trung ương,province,\n"
                        + THU_DAU_MOT
                        + ",Phường Thủ Dầu Một,Phường,commune,"
                        + HCMC
                        + "\n",
                    StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> imported = http.send(importing, HttpResponse.BodyHandlers.ofString());
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    HttpResponse<String> plan =
        send(
            "POST",
            "/api/v1/plans",
            nationalKey(),
            """
            {"id": "matrix-hcmc-%s", "name": "Kế hoạch kiểm thử", "province": "ho-chi-minh",
             "issuedAt": "2026-01-01", "source": "authorization matrix", "issuedFor": ["%s"],
             "targets": [{"indicator": "work-records-online", "level": "commune",
                          "comparator": ">=", "value": 90, "deadline": "2027-12-31",
                          "baseline": {"date": "2026-01-01", "value": 40}}]}
            """
                .formatted(RUN, HCMC));
    assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);
    twoProvinces = true;
  }

  /** Yesterday's work records of a commune, one of ten handled online: far behind any target. */
  private static String events(String unit) {
    String yesterday = Instant.now().minus(Duration.ofDays(1)).toString();
    List<String> events = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      events.add(
          String.format(
              "{\"eventId\":\"%s-matrix-%s-%d\",\"unit\":\"%s\","
                  + "\"indicator\":\"work-records-online\",\"occurredAt\":\"%s\","
                  + "\"numerator\":%d,\"denominator\":1}",
              RUN, unit, i, unit, yesterday, i < 1 ? 1 : 0));
    }
    return "[" + String.join(",", events) + "]";
  }

  /** The id of an alert the engine raised for a unit, once there is one. */
  private String alertOf(String national, String unit) throws Exception {
    String path = "/api/v1/alerts" + ANY_STATE + "&unit=" + unit;
    // Events pass ingest, the processor and the engine: minutes on a loaded machine
    long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
    HttpResponse<String> last = null;
    while (System.nanoTime() < deadline) {
      last = send("GET", path, national, null);
      if (last.statusCode() == 200 && !json(last).isEmpty()) {
        return json(last).get(0).get("id").stringValue();
      }
      Thread.sleep(2_000);
    }
    throw new AssertionError(
        "no alert of "
            + unit
            + " listed in 240 s; the last answer: "
            + last.statusCode()
            + " "
            + last.body()
            + "\nplan: "
            + send("GET", "/api/v1/plans/matrix-hcmc-" + RUN, national, null).body()
            + "\nstatus: "
            + send("GET", "/api/v1/status?unit=" + unit, national, null).body());
  }

  /** Each listed alert's path: its unit and the units above it. */
  private static List<List<String>> paths(JsonNode alerts) {
    List<List<String>> paths = new ArrayList<>();
    alerts.forEach(
        alert -> {
          List<String> path = new ArrayList<>();
          alert.get("path").forEach(code -> path.add(code.stringValue()));
          paths.add(path);
        });
    return paths;
  }

  private static String alertPath(String id) {
    return "/api/v1/alerts/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
  }

  private static String silenceBody(String matchers) {
    return "{\"matchers\":"
        + matchers
        + ",\"endsAt\":\"2099-01-01T00:00:00+07:00\",\"reason\":\"kiểm thử phạm vi\"}";
  }

  private String silence(String key, String matchers) throws Exception {
    HttpResponse<String> made = send("POST", "/api/v1/silences", key, silenceBody(matchers));
    assertThat(made.statusCode()).as(matchers + ": " + made.body()).isEqualTo(201);
    return json(made).get("id").stringValue();
  }

  private List<String> silences(String key) throws Exception {
    return json(send("GET", "/api/v1/silences?all=true", key, null)).findValuesAsString("id");
  }

  private static JsonNode json(HttpResponse<String> response) {
    return JsonCodec.mapper().readTree(response.body());
  }

  private static boolean letThrough(int status) {
    return status != 401 && status != 403;
  }
}
