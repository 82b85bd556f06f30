package vn.dxmonitor.dashboard.submission;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dxmonitor.dashboard.support.DashboardInfrastructure;
import vn.dxmonitor.dashboard.support.DashboardTest;
import vn.dxmonitor.dashboard.support.Http;
import vn.dxmonitor.dashboard.support.TestIndices;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.testsupport.browser.Browser;
import vn.dxmonitor.testsupport.browser.ReportingPages;

/**
 * In a real browser: Quy Nhơn's reporter enters the quarter's fibre coverage, saves and submits it;
 * Gia Lai's verifier returns it with a comment; the reporter corrects and resubmits; the verifier
 * accepts, and only then is the figure a report event.
 */
@DashboardTest
@Import(SubmissionFixture.FixedDay.class)
class SubmissionBrowserIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String PASSWORD = "mật-khẩu-trình-duyệt-" + RUN;
  private static final String PERIOD = "2026-Q4";

  @LocalServerPort int port;
  @Autowired EmbeddedKafkaBroker broker;
  @Autowired ElasticsearchClient client;
  @Autowired IndexNames indexNames;

  @DynamicPropertySource
  static void elasticsearch(DynamicPropertyRegistry registry) {
    DashboardInfrastructure.elasticsearch(registry, "dashboard-submit-browser-" + RUN + "-");
  }

  @Test
  void aReporterAndAVerifierTakeAFigureFromDraftToPublished() throws Exception {
    TestIndices.create(client, indexNames.indicators());
    TestIndices.create(client, indexNames.alerts());
    Http admin = new Http(port);
    SubmissionFixture.plan(admin, RUN);
    SubmissionFixture.account(admin, "bc-" + RUN, "reporter", SubmissionFixture.QUY_NHON, PASSWORD);
    SubmissionFixture.account(admin, "td-" + RUN, "verifier", "52", PASSWORD);
    try (Browser reporter = Browser.open();
        Browser verifier = Browser.open()) {
      reporter.signIn(port, "bc-" + RUN, PASSWORD);
      verifier.signIn(port, "td-" + RUN, PASSWORD);
      ChromeDriver r = reporter.driver();
      ChromeDriver v = verifier.driver();
      ReportingPages form = pages(r);
      ReportingPages queue = pages(v);

      // The reporter's form: the figure owed, its deadline and target, in Vietnamese
      WebElement line = form.openForm(PERIOD);
      assertThat(r.findElement(By.id("nav-reporting")).getText()).isEqualTo("Báo cáo số liệu");
      assertThat(form.state()).isEqualTo("NEW");
      assertThat(line.findElement(By.cssSelector(".deadline")).getText()).isEqualTo("2026-12-15");
      assertThat(line.findElement(By.cssSelector(".target")).getText()).isEqualTo("95 %");
      form.typeValue("87,5");
      line.findElement(By.name("note")).sendKeys("Số liệu VNPT tháng 11");
      form.attachEvidence(file("bien-ban-q4.pdf", "%PDF-1.7\n% Biên bản\n%%EOF\n"));
      reporter.screenshot("reporting-form");
      assertThat(form.save()).isEqualTo("Đã lưu bản nháp.");
      assertThat(form.state()).isEqualTo("DRAFT");
      form.submit();
      assertThat(form.state()).isEqualTo("SUBMITTED");
      assertThat(form.line().findElement(By.name("value")).isEnabled()).isFalse();
      assertThat(published()).as("a figure not yet verified is not published").isEmpty();

      // The province's overview shows the quarter's reporting: one figure waiting for a verifier
      v.get("http://localhost:" + port + "/?unit=52");
      WebElement completeness = v.findElement(By.id("completeness"));
      assertThat(Integer.parseInt(completeness.getAttribute("data-due"))).isGreaterThan(1);
      assertThat(legend(completeness, "waiting")).isEqualTo("1");
      assertThat(legend(completeness, "published")).isEqualTo("0");
      verifier.screenshot("overview-completeness");

      // The verifier returns it with a comment
      queue.openQueue("52");
      assertThat(v.findElement(By.id("nav-verify")).getText()).isEqualTo("Thẩm định số liệu");
      assertThat(queue.waiting().findElement(By.cssSelector(".figure")).getText())
          .isEqualTo("87,5");
      String evidence =
          queue
              .waiting()
              .findElement(By.cssSelector("a[href*='/api/v1/evidence/']"))
              .getAttribute("href");
      assertThat(evidence).as("the uploaded file, linked for the verifier").isNotBlank();
      verifier.screenshot("reporting-verify");
      assertThat(queue.returnWith("Thiếu thôn 3")).isEqualTo("Đã trả lại số liệu cho đơn vị.");
      assertThat(v.findElements(By.id("nothing-waiting"))).hasSize(1);

      // The reporter sees why, corrects and resubmits
      form.openForm(PERIOD);
      assertThat(form.state()).isEqualTo("RETURNED");
      assertThat(form.line().findElement(By.cssSelector(".returned-comment")).getText())
          .isEqualTo("Bị trả lại: Thiếu thôn 3");
      form.typeValue("88");
      form.save();
      form.submit();
      assertThat(form.state()).isEqualTo("SUBMITTED");
      assertThat(published()).isEmpty();

      // The verifier accepts: the figure is published
      queue.openQueue("52");
      assertThat(queue.accept()).isEqualTo("Đã chấp nhận và công bố số liệu.");
      List<ConsumerRecord<String, String>> events = published();
      assertThat(events).hasSize(1);
      MetricEvent event = JsonCodec.read(events.get(0).value().getBytes(), MetricEvent.class);
      assertThat(event.value()).isEqualTo(88.0);
      assertThat(event.sentBy()).isEqualTo("user:td-" + RUN);

      form.openForm(PERIOD);
      assertThat(form.state()).isEqualTo("PUBLISHED");
      assertThat(form.line().findElement(By.cssSelector(".published")).getText()).isEqualTo("88");
      reporter.screenshot("reporting-published");

      // Bulk entry from the page: the good row saved, each bad one named by row and field
      WebElement outcome =
          form.uploadBulk(
              file(
                  "bao-cao.csv",
                  "unit,indicator,value,note\n"
                      + SubmissionFixture.QUY_NHON
                      + ",fiber-coverage-households,89,điều chỉnh\n"
                      + SubmissionFixture.QUY_NHON
                      + ",fiber-coverage-households,nhiều,\n"
                      + SubmissionFixture.OTHER_COMMUNE
                      + ",fiber-coverage-households,70,\n"));
      assertThat(outcome.getAttribute("data-rows")).isEqualTo("3");
      assertThat(outcome.getAttribute("data-saved")).isEqualTo("1");
      assertThat(
              r.findElements(By.cssSelector("#bulk-errors tbody tr")).stream()
                  .map(row -> row.getAttribute("data-row") + " " + row.getAttribute("data-field"))
                  .toList())
          .containsExactly("3 value", "4 unit");
      reporter.screenshot("reporting-bulk");
    }
  }

  /** A file the reporter picks, written under {@code target/}. */
  private static Path file(String name, String content) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "uploads-" + RUN));
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private ReportingPages pages(ChromeDriver driver) {
    return new ReportingPages(
        driver, port, SubmissionFixture.QUY_NHON, SubmissionFixture.INDICATOR);
  }

  private List<ConsumerRecord<String, String>> published() {
    return SubmissionFixture.eventsFor(broker, SubmissionFixture.QUY_NHON);
  }

  private static String legend(WebElement completeness, String kind) {
    return completeness
        .findElement(By.cssSelector("li[data-kind='" + kind + "'] [data-field=count]"))
        .getText();
  }
}
