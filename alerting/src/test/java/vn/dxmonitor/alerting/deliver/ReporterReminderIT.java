package vn.dxmonitor.alerting.deliver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dxmonitor.alerting.AlertingApplication;
import vn.dxmonitor.alerting.route.AlertReceivers;
import vn.dxmonitor.alerting.route.ReceiversReader;
import vn.dxmonitor.alerting.rule.AlertRules;
import vn.dxmonitor.alerting.rule.RuleKind;
import vn.dxmonitor.alerting.rule.RuleSetReader;
import vn.dxmonitor.alerting.store.AlertStore;
import vn.dxmonitor.alerting.support.Values;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertState;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.runtime.accounts.Account;
import vn.dxmonitor.runtime.accounts.AccountRole;
import vn.dxmonitor.runtime.catalog.PlanDocument;
import vn.dxmonitor.runtime.catalog.topic.CatalogEntry;
import vn.dxmonitor.runtime.catalog.topic.CatalogView;
import vn.dxmonitor.runtime.catalog.topic.CatalogWriter;
import vn.dxmonitor.runtime.catalog.topic.PlanVersion;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.runtime.kafka.Topics;
import vn.dxmonitor.testsupport.elasticsearch.SharedElasticsearch;
import vn.dxmonitor.testsupport.time.MovableClock;

/**
 * A commune owes its smart-radio coverage every month by the 5th. In February 2027 the 5th is the
 * last day of the lunar year and Tết, with its substitute days, runs to Thursday the 11th, so the
 * figure is due on Friday the 12th. On a real broker, the real Elasticsearch node and a real SMTP
 * server (GreenMail), with the project's movable clock: the commune's reporter is e-mailed on
 * Friday 29 January, five working days before the deadline counting none of Tết (without Tết that
 * would be 5 February); no overdue alert fires through Tết or on the deadline day; one fires on the
 * 13th, goes to the commune's receiver and, unacknowledged, up to the province's.
 */
@SpringBootTest(
    classes = {AlertingApplication.class, ReporterReminderIT.LunarNewYear.class},
    properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
@DirtiesContext
@EmbeddedKafka(
    partitions = 1,
    brokerProperties = {
      "transaction.state.log.replication.factor=1",
      "transaction.state.log.min.isr=1",
      // The engine stamps its records with its clock, which this test moves weeks ahead.
      "log.message.timestamp.after.max.ms=31536000000"
    })
class ReporterReminderIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String QUY_NHON = "21583";
  private static final String OTHER_COMMUNE = "21589";
  private static final String INDICATOR = "communes-smart-radio";
  private static final String REPORTER = "bao-cao-quy-nhon@gialai.gov.vn";
  private static final String OTHER_REPORTER = "bao-cao-xa-khac@gialai.gov.vn";
  private static final String COMMUNE_DESK = "van-phong@quynhon.gialai.gov.vn";
  private static final String PROVINCE_DESK = "truc-dx@gialai.gov.vn";

  /** Thursday 28 January 2027, 10:00 in Vietnam: six working days before the deadline. */
  private static final Instant THURSDAY = Instant.parse("2027-01-28T03:00:00Z");

  private static GreenMail smtp;

  /** The tests' clock, on {@link #THURSDAY} until the test moves it. */
  @TestConfiguration
  static class LunarNewYear {
    @Bean
    @Primary
    MovableClock lunarNewYear() {
      return new MovableClock(THURSDAY);
    }
  }

  @Autowired EmbeddedKafkaBroker broker;
  @Autowired MovableClock clock;
  @Autowired CatalogWriter catalog;
  @Autowired CatalogView view;
  @Autowired AlertRules rules;
  @Autowired AlertReceivers receivers;
  @Autowired AlertStore store;

  @BeforeAll
  static void startSmtp() {
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
  }

  @AfterAll
  static void stopSmtp() {
    if (smtp != null) {
      smtp.stop();
    }
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("dx.elasticsearch.uris", SharedElasticsearch::uri);
    registry.add("dx.elasticsearch.index-prefix", () -> "reminder-" + RUN + "-");
    registry.add("dx.alerting.state-dir", () -> "target/reminder-it-" + RUN);
    registry.add("dx.alerting.evaluation-interval", () -> "1s");
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
  }

  @Test
  void theReporterIsRemindedBeforeTetAndTheOverdueAlertFiresAfterItAndGoesUp() throws Exception {
    plan();
    reporter("bc-quy-nhon", QUY_NHON, REPORTER);
    reporter("bc-xa-khac", OTHER_COMMUNE, OTHER_REPORTER);
    rules.replace(RuleSetReader.parse(onlyReportRules()), "test");
    receivers.replace(
        ReceiversReader.parse(
            """
            routing: {groupWait: PT1S, groupInterval: PT2S, repeatInterval: PT24H, escalateAfter: PT1H}
            receivers:
              - {id: ubnd-quy-nhon, unit: "%s", name: UBND Quy Nhơn, email: [%s]}
              - {id: so-khcn-gia-lai, unit: "52", name: Sở KH&CN Gia Lai, email: [%s]}
            """
                .formatted(QUY_NHON, COMMUNE_DESK, PROVINCE_DESK)),
        "test");
    // January's figure came on the 28th: nothing is overdue, and February's is next.
    send(Values.ratio(QUY_NHON, "52", INDICATOR, 60, Instant.parse("2027-01-28T02:00:00Z")));

    pass(Duration.ofSeconds(5));
    assertThat(to(REPORTER)).as("six working days before the deadline").isEmpty();

    clock.advance(Duration.ofDays(1));
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(to(REPORTER)).hasSize(1));
    MimeMessage reminder = to(REPORTER).get(0);
    assertThat(reminder.getSubject())
        .startsWith("[DX Monitor] Sắp đến hạn báo cáo")
        .endsWith("— Phường Quy Nhơn");
    assertThat(text(reminder)).contains("Tháng 2/2027").contains("hạn 2027-02-12");
    assertThat(reminder.getRecipients(Message.RecipientType.TO))
        .extracting(Object::toString)
        .containsExactly(REPORTER);
    // The other commune owes the figure too, and its reporter hears of that commune's only.
    whileTimePasses(
        () ->
            assertThat(to(OTHER_REPORTER))
                .extracting(MimeMessage::getSubject)
                .hasSize(1)
                .noneMatch(subject -> subject.endsWith("— Phường Quy Nhơn")));

    // Monday 8 February, in Tết; then Friday the 12th at 23:00 in Vietnam, the deadline day.
    for (Instant day :
        List.of(Instant.parse("2027-02-08T03:00:00Z"), Instant.parse("2027-02-12T16:00:00Z"))) {
      moveTo(day);
      pass(Duration.ofSeconds(5));
      assertThat(overdue()).as("overdue on " + day).isNotEqualTo(AlertState.FIRING);
      assertThat(bodies(COMMUNE_DESK))
          .as("the commune's desk on " + day)
          .noneMatch(body -> body.contains("report-overdue"));
    }
    assertThat(to(REPORTER)).as("one reminder for the one figure").hasSize(1);

    // Saturday 13 February, 01:00 in Vietnam.
    moveTo(Instant.parse("2027-02-12T18:00:00Z"));
    whileTimePasses(() -> assertThat(overdue()).isEqualTo(AlertState.FIRING));
    whileTimePasses(
        () -> assertThat(bodies(COMMUNE_DESK)).anyMatch(body -> body.contains("report-overdue")));
    Alert alert = store.find(overdueId()).orElseThrow();
    assertThat(alert.what().reason()).isEqualTo("2027-02");
    assertThat(alert.what().summary()).contains("2027-02-12");
    assertThat(subjects(PROVINCE_DESK)).noneMatch(s -> s.contains("Chuyển lên cấp trên"));

    clock.advance(Duration.ofHours(1));
    whileTimePasses(
        () ->
            assertThat(to(PROVINCE_DESK))
                .anySatisfy(
                    message -> {
                      assertThat(message.getSubject()).contains("Chuyển lên cấp trên");
                      assertThat(text(message)).contains(QUY_NHON).contains("report-overdue");
                    }));
    assertThat(store.find(overdueId()).orElseThrow().handling().escalations()).isEqualTo(1);
  }

  private void plan() throws Exception {
    PlanDocument plan =
        JsonCodec.read(
            """
            {"id": "dai-thong-minh-%s", "name": "Đài truyền thanh thông minh", "province": "gia-lai",
             "issuedAt": "2026-01-01", "start": "2026-01-01", "issuedFor": ["52"],
             "reporting": {"monthly": 5},
             "targets": [{"indicator": "%s", "level": "commune", "comparator": ">=", "value": 100,
                          "deadline": "2027-12-31", "units": ["%s", "%s"]}]}
            """
                .formatted(RUN, INDICATOR, QUY_NHON, OTHER_COMMUNE)
                .getBytes(StandardCharsets.UTF_8),
            PlanDocument.class);
    view.requireApplied(
        catalog.put(
            CatalogEntry.plan(
                new PlanVersion(plan, 1, Instant.parse("2026-01-01T00:00:00Z"), "test"))),
        Duration.ofSeconds(30),
        "the plan");
  }

  private void reporter(String name, String unit, String email) throws Exception {
    Account account =
        new Account(
            name,
            "Cán bộ " + unit,
            AccountRole.REPORTER,
            List.of(unit),
            "{noop}-",
            clock.instant(),
            "test",
            null,
            null,
            email);
    view.requireApplied(
        catalog.put(CatalogEntry.account(account)), Duration.ofSeconds(30), "the account");
  }

  private static String onlyReportRules() {
    StringBuilder text = new StringBuilder("rules:\n");
    for (RuleKind rule : RuleKind.values()) {
      boolean kept = rule == RuleKind.REPORT_DUE || rule == RuleKind.REPORT_OVERDUE;
      text.append("  - {rule: ").append(rule.id()).append(", enabled: ").append(kept);
      text.append("}\n");
    }
    return text.toString();
  }

  private void send(IndicatorValue value) {
    Map<String, Object> config = KafkaTestUtils.producerProps(broker);
    try (var producer =
        new KafkaProducer<>(
            config, new StringSerializer(), Topics.INDICATOR_VALUES.valueSerde().serializer())) {
      producer.send(new ProducerRecord<>(Topics.INDICATOR_VALUES.name(), value.key(), value));
      producer.flush();
    }
  }

  private void moveTo(Instant instant) {
    clock.advance(Duration.between(clock.instant(), instant));
  }

  /**
   * Waits for {@code assertion} to hold while the clock runs on a second at a time, as it would:
   * notifications wait for their group's wait on the engine's clock.
   */
  private void whileTimePasses(ThrowingCallable assertion) {
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              clock.advance(Duration.ofSeconds(1));
              assertion.call();
            });
  }

  /** Lets a few evaluations and ticks run at the clock's present reading. */
  private static void pass(Duration wall) throws InterruptedException {
    Thread.sleep(wall.toMillis());
  }

  private static String overdueId() {
    return Alert.idOf(RuleKind.REPORT_OVERDUE.id(), QUY_NHON, INDICATOR, "dai-thong-minh-" + RUN);
  }

  private AlertState overdue() {
    return store.find(overdueId()).map(Alert::state).orElse(null);
  }

  private static List<MimeMessage> to(String address) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(message -> addressedTo(message, address))
        .toList();
  }

  private static List<String> subjects(String address) throws MessagingException {
    List<String> subjects = new ArrayList<>();
    for (MimeMessage message : to(address)) {
      subjects.add(message.getSubject());
    }
    return subjects;
  }

  private static List<String> bodies(String address) throws Exception {
    List<String> bodies = new ArrayList<>();
    for (MimeMessage message : to(address)) {
      bodies.add(text(message));
    }
    return bodies;
  }

  private static boolean addressedTo(MimeMessage message, String address) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .anyMatch(recipient -> recipient.toString().equals(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The body as read, decoded from its transfer encoding. */
  private static String text(MimeMessage message) throws Exception {
    return (String) message.getContent();
  }
}
