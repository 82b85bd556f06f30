package vn.dxmonitor.dashboard.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.dashboard.support.DashboardInfrastructure;
import vn.dxmonitor.dashboard.support.DashboardTest;
import vn.dxmonitor.dashboard.support.Http;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;
import vn.dxmonitor.runtime.keys.KeyRequest;
import vn.dxmonitor.runtime.keys.KeyRole;

/**
 * Administration is guarded by the resource, not by the request's spelling, and an administrator of
 * one province stays within it: it reads, makes and disables only its province's accounts, sees
 * only their audit entries, and changes none of the country's own entries (indicators, the unit
 * lists) nor another province's plans.
 */
@DashboardTest
class ScopedAdministrationIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String GIA_LAI = "52";
  private static final String QUY_NHON = "21583";
  private static final String HCMC = "79";
  private static final String THU_DAU_MOT = "25747";
  private static final String PASSWORD = "mat-khau-quan-tri-2025";
  private static final String OTHER_OPERATOR = "vanhanh.hcm-" + RUN;

  @LocalServerPort int port;
  @Autowired ApiKeyRegistry keys;

  private Http national;
  private Http provinceAdmin;
  private Http source;

  @DynamicPropertySource
  static void elasticsearch(DynamicPropertyRegistry registry) {
    DashboardInfrastructure.elasticsearch(registry, "dashboard-scoped-admin-" + RUN + "-");
  }

  @BeforeEach
  void twoProvincesAndTheirPeople() throws Exception {
    national = new Http(port);
    HttpResponse<String> imported =
        national.post(
            "/api/v1/units/import?validFrom=2025-07-01",
            "text/csv",
            "code,name,type,level,parent_code\n"
                + "79,Thành phố Hồ Chí Minh,Thành phố Trung ương,province,\n"
                + "25747,Phường Thủ Dầu Một,Phường,commune,79\n");
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    provinceAdmin = Http.withKey(port, key(KeyRole.ADMIN, GIA_LAI));
    source = Http.withKey(port, key(KeyRole.SOURCE, GIA_LAI));
    if (!national.get("/api/v1/accounts").body().contains("\"" + OTHER_OPERATOR + "\"")) {
      assertThat(account(national, OTHER_OPERATOR, "operator", THU_DAU_MOT).statusCode())
          .isEqualTo(201);
    }
  }

  @Test
  void theAuditTrailAndTheAccountsAreGuardedHoweverThePathIsSpelt() throws Exception {
    List<String> spellings =
        List.of(
            "/api/v1/audit",
            "/api/v1/%61udit",
            "/api/v1/%61ccounts",
            "/api/v1/accounts",
            "/api/v1/audit/",
            "/api/v1//audit",
            "/api/v1/audit;x=1",
            "/api/v1/%2e/audit",
            "/api/v1/AUDIT");
    for (String path : spellings) {
      HttpResponse<String> answer = source.get(path);
      assertThat(answer.statusCode()).as(path + ": " + answer.body()).isIn(400, 401, 403, 404);
      assertThat(answer.body()).as(path).doesNotContain("\"actor\"").doesNotContain("\"units\"");
    }
    assertThat(national.get("/api/v1/%61udit").statusCode()).isEqualTo(200);
  }

  @Test
  void aProvinceAdministratorMakesSeesAndDisablesOnlyItsProvincesAccounts() throws Exception {
    String own = "vanhanh.quynhon-" + RUN;

    HttpResponse<String> made = account(provinceAdmin, own, "operator", QUY_NHON);
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    HttpResponse<String> elsewhere = account(provinceAdmin, "x-" + RUN, "operator", THU_DAU_MOT);
    assertThat(elsewhere.statusCode()).as(elsewhere.body()).isEqualTo(400);
    assertThat(Http.json(elsewhere).get("errors").get(0).get("field").stringValue())
        .isEqualTo("units[0]");
    HttpResponse<String> everywhere =
        provinceAdmin.post(
            "/api/v1/accounts",
            "application/json",
            "{\"name\":\"y-"
                + RUN
                + "\",\"role\":\"admin\",\"units\":[],\"password\":\""
                + PASSWORD
                + "\"}");
    assertThat(everywhere.statusCode()).as(everywhere.body()).isEqualTo(400);
    assertThat(everywhere.body()).contains("whole country");

    List<String> listed =
        Http.json(provinceAdmin.get("/api/v1/accounts")).findValuesAsString("name");
    assertThat(listed).contains(own).doesNotContain(OTHER_OPERATOR, "admin");
    HttpResponse<String> disabled =
        provinceAdmin.post(
            "/api/v1/accounts/" + OTHER_OPERATOR + "/disable", "application/json", "");
    assertThat(disabled.statusCode()).isEqualTo(404);
    JsonNode other = Http.json(national.get("/api/v1/accounts"));
    assertThat(other.toString()).contains(OTHER_OPERATOR);
    other.forEach(
        account -> {
          if (account.get("name").stringValue().equals(OTHER_OPERATOR)) {
            assertThat(account.get("disabledAt").isNull()).isTrue();
          }
        });

    JsonNode audit = Http.json(provinceAdmin.get("/api/v1/audit"));
    assertThat(audit.findValuesAsString("id")).contains(own).doesNotContain(OTHER_OPERATOR);
    assertThat(audit.findValuesAsString("kind")).doesNotContain("units", "indicator");
  }

  @Test
  void aProvinceAdministratorChangesNoneOfTheCountrysEntriesNorAnotherProvincesPlans()
      throws Exception {
    HttpResponse<String> indicator =
        provinceAdmin.post("/api/v1/indicators", "application/json", "{\"id\":\"x-" + RUN + "\"}");
    assertThat(indicator.statusCode()).as(indicator.body()).isEqualTo(403);
    assertThat(Http.json(indicator).get("code").stringValue()).isEqualTo("outside-scope");
    HttpResponse<String> units =
        provinceAdmin.post(
            "/api/v1/units/import?validFrom=2025-07-01",
            "text/csv",
            "code,name,type,level,parent_code\n25747,Phường Thủ Dầu Một,Phường,commune,52\n");
    assertThat(units.statusCode()).as(units.body()).isEqualTo(403);
    for (String issuedFor : List.of("[\"" + HCMC + "\"]", "[]")) {
      HttpResponse<String> plan =
          provinceAdmin.post(
              "/api/v1/plans",
              "application/json",
              "{\"id\":\"p-" + RUN + "\",\"issuedFor\":" + issuedFor + "}");
      assertThat(plan.statusCode()).as(issuedFor + ": " + plan.body()).isEqualTo(403);
      assertThat(Http.json(plan).get("errors").get(0).get("field").stringValue())
          .isEqualTo("issuedFor");
    }
    // The registry still has Thủ Dầu Một under Hồ Chí Minh City
    assertThat(Http.json(national.get("/api/v1/units?parent=" + HCMC)).findValuesAsString("code"))
        .contains(THU_DAU_MOT);
  }

  @Test
  void aProvinceAdministratorCannotTakeOverAnotherProvincesPlanByRewritingIt() throws Exception {
    String id = "hcmc-" + RUN;
    HttpResponse<String> created =
        national.post("/api/v1/plans", "application/json", plan(id, "ho-chi-minh", HCMC));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

    HttpResponse<String> takeover =
        provinceAdmin.put("/api/v1/plans/" + id, "application/json", plan(id, "gia-lai", GIA_LAI));

    assertThat(takeover.statusCode()).as(takeover.body()).isEqualTo(403);
    assertThat(Http.json(takeover).get("errors").get(0).get("field").stringValue()).isEqualTo("id");
    assertThat(Http.json(national.get("/api/v1/plans/" + id)).get("issuedFor").get(0).stringValue())
        .as("the plan is still the city's")
        .isEqualTo(HCMC);
  }

  @Test
  void aPlanOfAnotherProvinceIsAnsweredAsAPlanThatIsNot() throws Exception {
    Http hcmc = Http.withKey(port, key(KeyRole.SOURCE, HCMC));
    String plan = "binh-dinh-ct-thi-dua-2023-2025";

    for (String path :
        List.of(
            "/reports/review.csv?plan=" + plan + "&parent=" + HCMC,
            "/api/v1/status?unit=" + HCMC + "&plan=" + plan,
            "/api/v1/rankings?plan=" + plan + "&level=commune",
            "/api/v1/plans/" + plan)) {
      HttpResponse<String> answer = hcmc.get(path);
      assertThat(answer.statusCode()).as(path + ": " + answer.body()).isIn(400, 404);
      assertThat(answer.body()).as(path).doesNotContain("Bình Định").doesNotContain("100%");
    }
    assertThat(source.get("/api/v1/status?unit=" + GIA_LAI + "&plan=" + plan).statusCode())
        .isEqualTo(200);
  }

  private static String plan(String id, String province, String issuedFor) {
    return """
        {"id": "%s", "name": "Kế hoạch kiểm thử", "province": "%s", "issuedAt": "2026-01-01",
         "source": "scoped administration test", "issuedFor": ["%s"],
         "targets": [{"indicator": "work-records-online", "level": "commune", "comparator": ">=",
                      "value": 90, "deadline": "2027-12-31"}]}
        """
        .formatted(id, province, issuedFor);
  }

  private String key(KeyRole role, String unit) {
    return keys.create(new KeyRequest("scoped-" + RUN, role, List.of(unit), List.of()), "test")
        .key();
  }

  private static HttpResponse<String> account(Http as, String name, String role, String unit)
      throws Exception {
    return as.post(
        "/api/v1/accounts",
        "application/json",
        String.format(
            "{\"name\":\"%s\",\"role\":\"%s\",\"units\":[\"%s\"],\"password\":\"%s\"}",
            name, role, unit, PASSWORD));
  }
}
