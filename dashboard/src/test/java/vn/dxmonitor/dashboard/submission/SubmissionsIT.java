package vn.dxmonitor.dashboard.submission;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.dashboard.support.DashboardInfrastructure;
import vn.dxmonitor.dashboard.support.DashboardTest;
import vn.dxmonitor.dashboard.support.Http;
import vn.dxmonitor.dashboard.support.Session;
import vn.dxmonitor.dashboard.support.TestIndices;
import vn.dxmonitor.dashboard.support.Values;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.testsupport.time.MovableClock;

/**
 * A commune's figure from its reporter's form to publication, against a real broker: saved,
 * submitted, returned by the province's verifier, corrected, accepted — and only then a report
 * event. Who may do what is checked on the unit, for every role and scope. Read on 10 December
 * 2026, five days before the fourth quarter's deadline.
 */
@DashboardTest
@Import(SubmissionFixture.FixedDay.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubmissionsIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final Instant NOW = SubmissionFixture.NOW;
  private static final String PASSWORD = "mật-khẩu-đủ-dài-" + RUN;
  private static final String QUY_NHON = SubmissionFixture.QUY_NHON;
  private static final String OTHER_COMMUNE = SubmissionFixture.OTHER_COMMUNE;
  private static final String AN_LAO = "21609";
  private static final String INDICATOR = SubmissionFixture.INDICATOR;
  private static final String COMPLETENESS =
      "/api/v1/reporting/completeness?unit=52&period=2026-Q4";
  private static final String FIGURE =
      "/api/v1/submissions/" + QUY_NHON + "/" + INDICATOR + "/2026-Q4";

  @LocalServerPort int port;
  @Autowired EmbeddedKafkaBroker broker;
  @Autowired MovableClock clock;
  @Autowired ElasticsearchClient client;
  @Autowired IndexNames indexNames;

  @DynamicPropertySource
  static void elasticsearch(DynamicPropertyRegistry registry) {
    DashboardInfrastructure.elasticsearch(registry, "dashboard-submissions-" + RUN + "-");
  }

  @BeforeAll
  void planAndPeople() throws Exception {
    TestIndices.create(client, indexNames.indicators());
    Http admin = new Http(port);
    SubmissionFixture.plan(admin, RUN);
    account(admin, "reporter-" + RUN, "reporter", QUY_NHON);
    account(admin, "other-reporter-" + RUN, "reporter", OTHER_COMMUNE);
    account(admin, "verifier-" + RUN, "verifier", "52");
    account(admin, "commune-verifier-" + RUN, "verifier", QUY_NHON);
    account(admin, "leader-" + RUN, "leader", "52");
  }

  @Test
  void aFigureIsPublishedOnlyOnceTheProvinceVerifierAcceptsIt() throws Exception {
    Session reporter = signIn("reporter-" + RUN);
    Session verifier = signIn("verifier-" + RUN);

    // The form lists the figure with its deadline, target and unit of measure
    HttpResponse<String> form =
        reporter.get("/api/v1/submissions/form?unit=" + QUY_NHON + "&period=2026-Q4");
    assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
    JsonNode line = line(Http.json(form), INDICATOR);
    assertThat(line.get("deadline").stringValue()).isEqualTo("2026-12-15");
    assertThat(line.get("target").doubleValue()).isEqualTo(95.0);
    assertThat(line.get("unitOfMeasure").stringValue()).isEqualTo("percent");
    assertThat(line.get("kind").stringValue()).isEqualTo("measurement");
    assertThat(Http.json(form).get("periodVi").stringValue()).isEqualTo("Quý IV/2026");

    // Saved and submitted by the reporter
    JsonNode draft =
        ok(
            reporter.sendJson(
                "PUT", FIGURE, figure(0, "87.5", "https://so-tt.gialai.gov.vn/bc.pdf")));
    assertThat(draft.get("state").stringValue()).isEqualTo("DRAFT");
    assertThat(draft.get("version").intValue()).isEqualTo(1);
    ok(reporter.sendJson("POST", FIGURE + "/submit", step(1, null)));
    assertThat(eventsFor(QUY_NHON)).as("a submitted figure is not published").isEmpty();

    // The verifier sees it waiting, returns it with a comment
    JsonNode waiting = Http.json(verifier.get("/api/v1/submissions/waiting?unit=52"));
    assertThat(waiting).extracting(w -> w.get("unit").stringValue()).contains(QUY_NHON);
    JsonNode returned =
        ok(
            verifier.sendJson(
                "POST", FIGURE + "/return", step(2, "Thiếu thôn 3, đề nghị cập nhật")));
    assertThat(returned.get("state").stringValue()).isEqualTo("RETURNED");

    // Corrected and submitted again, then accepted
    ok(reporter.sendJson("PUT", FIGURE, figure(3, "88", null)));
    ok(reporter.sendJson("POST", FIGURE + "/submit", step(4, null)));
    assertThat(eventsFor(QUY_NHON)).isEmpty();
    JsonNode published =
        ok(verifier.sendJson("POST", FIGURE + "/accept", step(5, "Khớp biên bản")));

    assertThat(published.get("state").stringValue()).isEqualTo("PUBLISHED");
    assertThat(published.get("steps"))
        .extracting(s -> s.get("action").stringValue() + " by " + s.get("actor").stringValue())
        .containsExactly(
            "SAVE by user:reporter-" + RUN,
            "SUBMIT by user:reporter-" + RUN,
            "RETURN by user:verifier-" + RUN,
            "SAVE by user:reporter-" + RUN,
            "SUBMIT by user:reporter-" + RUN,
            "ACCEPT by user:verifier-" + RUN);
    List<ConsumerRecord<String, String>> events = eventsFor(QUY_NHON);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).key()).isEqualTo("52|" + INDICATOR);
    MetricEvent event = JsonCodec.read(events.get(0).value().getBytes(), MetricEvent.class);
    assertThat(event.eventId()).isEqualTo("report:21583:fiber-coverage-households:2026-Q4");
    assertThat(event.source()).isEqualTo("reporting");
    assertThat(event.value()).isEqualTo(88.0);
    assertThat(event.occurredAt()).isEqualTo(NOW);

    // The province's completeness: one figure verified; once the processor has counted it and
    // the deadline has passed, every other commune is late
    JsonNode before = Http.json(verifier.get(COMPLETENESS));
    assertThat(before.get("due").intValue()).isGreaterThan(1);
    assertThat(before.get("submitted").intValue()).isEqualTo(1);
    assertThat(before.get("verified").intValue()).isEqualTo(1);
    assertThat(before.get("overdue").intValue()).isZero();
    TestIndices.put(
        client,
        indexNames.indicators(),
        Values.value(QUY_NHON, INDICATOR, 880, Status.BEHIND, event.occurredAt()));
    clock.advance(Duration.ofDays(6));
    try {
      JsonNode after = Http.json(verifier.get(COMPLETENESS));
      int due = after.get("due").intValue();
      assertThat(after.get("published").intValue()).isEqualTo(1);
      assertThat(after.get("overdue").intValue()).isEqualTo(due - 1);
      int late = 0;
      for (JsonNode unit : after.get("overdueUnits")) {
        late += unit.get("indicators").size();
      }
      assertThat(late).as("every late figure is listed under its unit").isEqualTo(due - 1);
      assertThat(after.get("overdueUnits"))
          .extracting(u -> u.get("unit").stringValue())
          .doesNotContain(QUY_NHON)
          .contains(OTHER_COMMUNE);
    } finally {
      clock.advance(Duration.ofDays(-6));
    }

    // A step on what was read before is refused, naming the version
    HttpResponse<String> stale = verifier.sendJson("POST", FIGURE + "/accept", step(5, null));
    assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
    assertThat(Http.json(stale).get("errors").get(0).get("field").stringValue())
        .isEqualTo("version");
  }

  /**
   * A reporter keeps a PDF as the figure's evidence and names it; the verifier reads it back byte
   * for byte; another commune's reporter is told there is no such file; what is not a document the
   * platform keeps, or is too large, is refused naming the file.
   */
  @Test
  void aFigureIsBackedByAnUploadedFileThatOnlyThoseWhoSeeTheUnitRead() throws Exception {
    Session reporter = signIn("reporter-" + RUN);
    byte[] pdf = ("%PDF-1.7\n% Biên bản kiểm tra cáp quang, " + RUN + "\n%%EOF\n").getBytes(UTF_8);
    // The third quarter's figure, late: the other tests work on the fourth's.
    String third = "/api/v1/submissions/" + QUY_NHON + "/" + INDICATOR + "/2026-Q3";
    String upload =
        "/api/v1/evidence?unit=" + QUY_NHON + "&indicator=" + INDICATOR + "&period=2026-Q3";

    HttpResponse<String> kept =
        reporter.send("POST", upload + "&name=bien-ban.pdf", "application/octet-stream", pdf);
    assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
    String link = Http.json(kept).get("link").stringValue();
    assertThat(link).startsWith("/api/v1/evidence/");
    assertThat(Http.json(kept).get("contentType").stringValue()).isEqualTo("application/pdf");
    assertThat(Http.json(kept).has("content")).isFalse();

    HttpResponse<String> saved = reporter.sendJson("PUT", third, figure(0, "90", link));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(Http.json(saved).get("evidence").stringValue()).isEqualTo(link);

    HttpResponse<byte[]> read = signIn("verifier-" + RUN).download(link);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).isEqualTo(pdf);
    assertThat(read.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(read.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment")
        .contains("bien-ban.pdf");
    assertThat(signIn("other-reporter-" + RUN).download(link).statusCode()).isEqualTo(404);

    HttpResponse<String> disguised =
        reporter.send(
            "POST", upload + "&name=quyet-dinh.pdf", "application/pdf", "<html>".getBytes(UTF_8));
    byte[] large = new byte[5 * 1024 * 1024 + 1];
    System.arraycopy(pdf, 0, large, 0, pdf.length);
    HttpResponse<String> tooLarge =
        reporter.send("POST", upload + "&name=lon.pdf", "application/pdf", large);
    HttpResponse<String> byALeader =
        signIn("leader-" + RUN).send("POST", upload + "&name=bien-ban.pdf", "application/pdf", pdf);
    HttpResponse<String> notUploaded =
        reporter.sendJson(
            "PUT",
            third,
            figure(
                Http.json(saved).get("version").asInt(),
                "91",
                "/api/v1/evidence/" + "0".repeat(64)));

    assertThat(disguised.statusCode()).as(disguised.body()).isEqualTo(400);
    assertThat(field(disguised)).isEqualTo("file");
    assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(400);
    assertThat(field(tooLarge)).isEqualTo("file");
    assertThat(tooLarge.body()).contains("at most 5 MB (5,242,880 bytes), but was 5,242,881 bytes");
    assertThat(byALeader.statusCode()).isEqualTo(403);
    assertThat(notUploaded.statusCode()).as(notUploaded.body()).isEqualTo(400);
    assertThat(field(notUploaded)).isEqualTo("evidence");
  }

  /**
   * Five communes of Gia Lai submit their third-quarter coverage at about 90 %, An Lão at 20 %: the
   * verifier's queue flags An Lão's as far from its peers, with the figures, and none of theirs.
   * The flag does not stop it; the verifier decides.
   */
  @Test
  void aFigureFarFromItsPeersIsFlaggedForTheVerifier() throws Exception {
    Http admin = new Http(port);
    String anLao = "21609";
    Map<String, String> figures =
        Map.of(
            "21589", "90", "21553", "91", "21592", "89", "21601", "92", "21607", "90", anLao, "20");
    for (Map.Entry<String, String> figure : figures.entrySet()) {
      String path = "/api/v1/submissions/" + figure.getKey() + "/" + INDICATOR + "/2026-Q3";
      HttpResponse<String> saved =
          admin.put(path, "application/json", figure(0, figure.getValue(), null));
      assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
      HttpResponse<String> sent =
          admin.post(path + "/submit", "application/json", "{\"version\":1}");
      assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    }

    JsonNode waiting =
        Http.json(signIn("verifier-" + RUN).get("/api/v1/submissions/waiting?unit=52"));

    Map<String, JsonNode> third = new HashMap<>();
    for (JsonNode entry : waiting) {
      if ("2026-Q3".equals(entry.get("period").stringValue())) {
        third.put(entry.get("unit").stringValue(), entry.get("flags"));
      }
    }
    assertThat(third).hasSize(6);
    assertThat(third.get(anLao)).hasSize(1);
    assertThat(third.get(anLao).get(0).get("code").stringValue()).isEqualTo("outlier-among-peers");
    assertThat(third.get(anLao).get(0).get("reason").stringValue()).contains("median of 5 peers");
    assertThat(third.get("21589")).isEmpty();
  }

  /** The reminders of figures coming due go to the address a reporter's account keeps. */
  @Test
  void aReporterAccountKeepsTheAddressItsRemindersGoToAndABadOneIsNamed() throws Exception {
    Http admin = new Http(port);
    String made =
        "{\"name\":\"mailed-%s\",\"role\":\"reporter\",\"units\":[\"%s\"],\"email\":\"%s\"}";

    HttpResponse<String> good =
        admin.post(
            "/api/v1/accounts",
            "application/json",
            made.formatted(RUN, QUY_NHON, " bao-cao@quynhon.gialai.gov.vn "));
    HttpResponse<String> bad =
        admin.post(
            "/api/v1/accounts",
            "application/json",
            made.formatted(RUN + "-2", QUY_NHON, "bao-cao, quynhon"));

    assertThat(good.statusCode()).as(good.body()).isEqualTo(201);
    assertThat(good.body()).contains("\"email\":\"bao-cao@quynhon.gialai.gov.vn\"");
    assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
    assertThat(field(bad)).isEqualTo("email");
  }

  @Test
  void aBadFigureIsRefusedNamingTheField() throws Exception {
    Session reporter = signIn("reporter-" + RUN);
    String path = "/api/v1/submissions/" + QUY_NHON + "/adults-with-smartphone/2026-Q4";

    HttpResponse<String> notDue = reporter.sendJson("PUT", path, figure(0, "50", null));
    HttpResponse<String> notBegun =
        reporter.sendJson(
            "PUT",
            "/api/v1/submissions/" + QUY_NHON + "/" + INDICATOR + "/2027-Q1",
            figure(0, "50", null));
    HttpResponse<String> badLink =
        reporter.sendJson("PUT", FIGURE, figure(0, "50", "ftp://files/bc.pdf"));
    HttpResponse<String> noVersion =
        reporter.sendJson("PUT", FIGURE, "{\"value\": 50, \"note\": \"thiếu phiên bản\"}");

    assertThat(notDue.statusCode()).as(notDue.body()).isEqualTo(400);
    assertThat(field(notDue)).isEqualTo("indicator");
    assertThat(notBegun.statusCode()).as(notBegun.body()).isEqualTo(400);
    assertThat(field(notBegun)).isEqualTo("period");
    assertThat(badLink.statusCode()).as(badLink.body()).isEqualTo(400);
    assertThat(field(badLink)).isEqualTo("evidence");
    assertThat(noVersion.statusCode()).as(noVersion.body()).isEqualTo(400);
    assertThat(field(noVersion)).isEqualTo("version");
  }

  @Test
  void aSpreadsheetSavesItsGoodRowsAndNamesTheRowAndFieldOfEachBadOne() throws Exception {
    byte[] workbook =
        workbook(
            List.of("unit", "indicator", "value", "note"),
            List.of(OTHER_COMMUNE, INDICATOR, 91.5, "VNPT"),
            List.of(AN_LAO, INDICATOR, "chín mươi", "sai kiểu"),
            List.of(OTHER_COMMUNE, "adults-with-smartphone", 50.0, "không phải báo cáo"),
            List.of("99999", INDICATOR, 50.0, "đơn vị không có"));

    HttpResponse<String> answer =
        new Http(port)
            .postBytes(
                "/api/v1/submissions/bulk?period=2026-Q4",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                workbook);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode outcome = Http.json(answer);
    assertThat(outcome.get("rows").intValue()).isEqualTo(4);
    assertThat(outcome.get("saved").intValue()).isEqualTo(1);
    assertThat(outcome.get("errors"))
        .extracting(e -> e.get("row").intValue() + " " + e.get("field").stringValue())
        .containsExactly("3 value", "4 indicator", "5 unit");
    JsonNode saved =
        line(
            Http.json(
                new Http(port)
                    .get("/api/v1/submissions/form?unit=" + OTHER_COMMUNE + "&period=2026-Q4")),
            INDICATOR);
    assertThat(saved.get("submission").get("state").stringValue()).isEqualTo("DRAFT");
    assertThat(saved.get("submission").get("figure").get("value").doubleValue()).isEqualTo(91.5);
  }

  /** An .xlsx workbook whose first sheet holds the rows given, the first one the header. */
  private static byte[] workbook(List<?>... rows) throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = workbook.createSheet("Số liệu");
      for (int r = 0; r < rows.length; r++) {
        XSSFRow row = sheet.createRow(r);
        for (int c = 0; c < rows[r].size(); c++) {
          Object cell = rows[r].get(c);
          if (cell instanceof Double number) {
            row.createCell(c).setCellValue(number);
          } else {
            row.createCell(c).setCellValue(String.valueOf(cell));
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  @ParameterizedTest(name = "{0} {1} on {2}: {3}")
  @CsvSource({
    "other-reporter, GET form, 21583, 404",
    "other-reporter, PUT, 21583, 404",
    "reporter, GET form, 21589, 404",
    "reporter, PUT, 21589, 404",
    "leader, GET form, 21583, 200",
    "leader, PUT, 21583, 403",
    "verifier, PUT, 21583, 403",
    "reporter, POST accept, 21583, 403",
    "commune-verifier, POST accept, 21583, 403"
  })
  void eachRoleActsOnlyOnTheUnitsAndStepsItMay(String who, String what, String unit, int expected)
      throws Exception {
    Session session = signIn(who + "-" + RUN);
    String figure = "/api/v1/submissions/" + unit + "/" + INDICATOR + "/2026-Q4";

    HttpResponse<String> answer =
        switch (what) {
          case "GET form" ->
              session.get("/api/v1/submissions/form?unit=" + unit + "&period=2026-Q4");
          case "PUT" -> session.sendJson("PUT", figure, figure(0, "90", null));
          default -> session.sendJson("POST", figure + "/accept", step(0, null));
        };

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(expected);
  }

  private Session signIn(String name) throws Exception {
    Session session = Session.signIn(port, name, PASSWORD);
    assertThat(session.signedIn()).as(name + " signs in").isTrue();
    return session;
  }

  private static void account(Http admin, String name, String role, String unit) throws Exception {
    SubmissionFixture.account(admin, name, role, unit, PASSWORD);
  }

  private List<ConsumerRecord<String, String>> eventsFor(String unit) {
    return SubmissionFixture.eventsFor(broker, unit);
  }

  private static String figure(int version, String value, String evidence) {
    return "{\"version\": %d, \"value\": %s, \"note\": \"Số liệu từ VNPT\"%s}"
        .formatted(version, value, evidence == null ? "" : ", \"evidence\": \"" + evidence + "\"");
  }

  private static String step(int version, String comment) {
    return comment == null
        ? "{\"version\": %d}".formatted(version)
        : "{\"version\": %d, \"comment\": \"%s\"}".formatted(version, comment);
  }

  private static JsonNode ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response);
  }

  private static JsonNode line(JsonNode form, String indicator) {
    for (JsonNode line : form.get("lines")) {
      if (line.get("indicator").stringValue().equals(indicator)) {
        return line;
      }
    }
    throw new AssertionError("no line for " + indicator + " in " + form);
  }

  private static String field(HttpResponse<String> response) {
    return Http.json(response).get("errors").get(0).get("field").stringValue();
  }
}
