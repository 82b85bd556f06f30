package vn.dxmonitor.runtime.catalog.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static vn.dxmonitor.runtime.catalog.topic.InForcePlanDocuments.indicator;
import static vn.dxmonitor.runtime.catalog.topic.InForcePlanDocuments.plan;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import vn.dxmonitor.model.unit.CodeResolution;
import vn.dxmonitor.model.unit.Succession;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.unit.UnitLevel;
import vn.dxmonitor.model.unit.UnitVersion;
import vn.dxmonitor.runtime.kafka.Topics;
import vn.dxmonitor.runtime.units.AdminUnitFiles;
import vn.dxmonitor.testsupport.kafka.KraftBrokers;
import vn.dxmonitor.testsupport.shared.SharedData;

/**
 * The official unit lists and the reorganisation written to a real {@code dx.catalog} topic and
 * read back by views that start before and after the import.
 */
class CatalogTopicIT {

  private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
  private static EmbeddedKafkaBroker broker;
  private static KafkaTemplate<String, byte[]> template;

  @BeforeAll
  static void startBroker() throws Exception {
    broker = KraftBrokers.withCompactedTopic(Topics.CATALOG.name());
    template =
        new KafkaTemplate<>(
            new DefaultKafkaProducerFactory<>(
                KafkaTestUtils.producerProps(broker),
                new StringSerializer(),
                new ByteArraySerializer()));
  }

  @AfterAll
  static void stopBroker() {
    template.getProducerFactory().reset();
    broker.destroy();
  }

  @Test
  void theNationalListsAndTheMappingReachEveryView() throws Exception {
    Path dir = SharedData.requireAdminUnits();
    CatalogWriter writer = new CatalogWriter(template);
    try (CatalogView early = view()) {
      early.start();

      long started = System.nanoTime();
      List<UnitVersion> versions = new ArrayList<>();
      List<Succession> successions;
      try (InputStream before = Files.newInputStream(dir.resolve("units-2025-03-01.csv"));
          InputStream after = Files.newInputStream(dir.resolve("units-2025-07-01.csv"));
          InputStream mapping = Files.newInputStream(dir.resolve("reorg-2025-07-01.csv"))) {
        versions.addAll(AdminUnitFiles.readUnits(before, null, REFORM, n -> {}));
        versions.addAll(AdminUnitFiles.readUnits(after, REFORM, null, n -> {}));
        successions = AdminUnitFiles.readReorganisation(mapping, REFORM, n -> {});
        writer.putUnits(versions, n -> {});
        writer.putSuccessions(successions, n -> {});
      }
      long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
      LoggerFactory.getLogger(CatalogTopicIT.class)
          .info(
              "Imported {} unit versions and {} successions into dx.catalog in {} ms",
              versions.size(),
              successions.size(),
              millis);

      await()
          .ignoreExceptions()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> assertThat(early.units().versions()).hasSize(63 + 696 + 10_047 + 34 + 3_321));
      assertTreesAndSuccessions(early.units());
    }

    try (CatalogView late = view()) {
      late.start();
      assertThat(late.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
      assertTreesAndSuccessions(late.units());
    }
  }

  @Test
  void aTombstoneRemovesAnEntry() throws Exception {
    CatalogWriter writer = new CatalogWriter(template);
    UnitVersion test =
        new UnitVersion(
            new Unit("99", "Tỉnh Thử", UnitLevel.PROVINCE, null),
            "Tỉnh",
            LocalDate.of(2030, 1, 1),
            null);
    try (CatalogView view = view()) {
      view.start();
      assertThat(view.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
      writer.putUnits(List.of(test), n -> {});
      await()
          .ignoreExceptions()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> assertThat(view.units().at(LocalDate.of(2030, 2, 1)).find("99")).isPresent());

      writer.remove(CatalogKey.unit("99", LocalDate.of(2030, 1, 1)));

      await()
          .ignoreExceptions()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> assertThat(view.units().at(LocalDate.of(2030, 2, 1)).find("99")).isEmpty());
    }
  }

  @Test
  void theCatalogOfADayHoldsEachPlanInTheVersionInForceAtItsEnd() throws Exception {
    CatalogWriter writer = new CatalogWriter(template);
    // 22:00 in Vietnam: the second version governs the whole of 30 June, not 29 June
    Instant edited = Instant.parse("2026-06-30T15:00:00Z");
    LocalDate dayBefore = LocalDate.of(2026, 6, 29);
    LocalDate dayOfTheEdit = LocalDate.of(2026, 6, 30);
    try (CatalogView view = view()) {
      view.start();
      assertThat(view.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
      writer.put(CatalogEntry.indicator(indicator("in-force")));
      view.requireApplied(
          writer.put(CatalogEntry.plan(plan(1, 80, null))), Duration.ofSeconds(30), "plan 1");
      view.requireApplied(
          writer.put(CatalogEntry.plan(plan(2, 60, edited))), Duration.ofSeconds(30), "plan 2");

      assertThat(targetOn(view, dayBefore)).isEqualTo(80);
      assertThat(targetOn(view, dayOfTheEdit)).isEqualTo(60);
      assertThat(view.catalogOn(dayOfTheEdit))
          .as("remembered, and the latest catalog itself once every latest version applies")
          .isSameAs(view.catalogOn(dayOfTheEdit))
          .isSameAs(view.catalog());
      assertThat(view.catalogOn(dayBefore)).isSameAs(view.catalogOn(dayBefore));
      assertThat(view.catalogAt(edited.minusSeconds(60)))
          .as("a past instant's catalog is parsed once, not on every request")
          .isSameAs(view.catalogAt(edited.minusSeconds(120)))
          .isSameAs(view.catalogOn(dayBefore));

      view.requireApplied(
          writer.put(CatalogEntry.plan(plan(3, 50, edited.plusSeconds(60)))),
          Duration.ofSeconds(30),
          "plan 3");

      assertThat(targetOn(view, dayOfTheEdit))
          .as("forgotten when the catalog changes")
          .isEqualTo(50);
      assertThat(targetOn(view, dayBefore)).isEqualTo(80);
    }
  }

  @Test
  void aChangeAndItsAuditEntryAreReadTogetherOrNotAtAll() throws Exception {
    try (CatalogWriter writer = CatalogWriter.to(KafkaTestUtils.producerProps(broker));
        CatalogView view = view()) {
      view.start();
      assertThat(view.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
      int auditBefore = view.audit().size();
      Instant at = Instant.parse("2026-07-01T03:00:00Z");

      view.requireApplied(
          writer.putAudited(
              CatalogEntry.indicator(indicator("audited")),
              new AuditEntry(at, "tester", "create", "indicator", "audited", null, "audited")),
          Duration.ofSeconds(30),
          "the audited change");
      assertThat(view.indicatorDocument("audited")).isPresent();
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () ->
                  assertThat(view.audit())
                      .hasSize(auditBefore + 1)
                      .last()
                      .extracting(AuditEntry::id)
                      .isEqualTo("audited"));

      // The audit entry cannot be written (its "after" is not JSON), after the change was sent:
      // the transaction aborts, and a reader of committed records sees neither.
      AuditEntry unwritable =
          new AuditEntry(at, "tester", "create", "indicator", "aborted", null, new Unwritable());
      assertThatThrownBy(
              () -> writer.putAudited(CatalogEntry.indicator(indicator("aborted")), unwritable))
          .isInstanceOf(RuntimeException.class);
      // An import's many entries go with its one audit entry the same way.
      assertThatThrownBy(
              () ->
                  writer.putAllAudited(
                      List.of(
                          CatalogEntry.indicator(indicator("imported-1")),
                          CatalogEntry.indicator(indicator("imported-2"))),
                      unwritable,
                      done -> {}))
          .isInstanceOf(RuntimeException.class);
      view.requireApplied(
          writer.put(CatalogEntry.indicator(indicator("after-the-abort"))),
          Duration.ofSeconds(30),
          "a later change");
      assertThat(view.indicatorDocument("after-the-abort")).isPresent();
      assertThat(view.indicatorDocument("aborted")).isEmpty();
      assertThat(view.indicatorDocument("imported-1")).isEmpty();
      assertThat(view.indicatorDocument("imported-2")).isEmpty();
      assertThat(view.audit()).hasSize(auditBefore + 1);
    }
  }

  /** Serialising it fails, as any bug in a value might. */
  private static final class Unwritable {
    public String getValue() {
      throw new IllegalStateException("cannot be written");
    }
  }

  private static double targetOn(CatalogView view, LocalDate day) {
    return view.catalogOn(day).targets().stream()
        .filter(target -> target.planId().equals("in-force-plan"))
        .findFirst()
        .orElseThrow()
        .value();
  }

  private static void assertTreesAndSuccessions(UnitHistory history) {
    assertThat(history.at(LocalDate.of(2025, 8, 1)).children("52")).hasSize(135);
    assertThat(
            history.at(LocalDate.of(2025, 8, 1)).all().stream()
                .filter(u -> u.level() == UnitLevel.PROVINCE))
        .hasSize(34);
    assertThat(
            history.at(LocalDate.of(2025, 3, 1)).all().stream()
                .filter(u -> u.level() == UnitLevel.PROVINCE))
        .hasSize(63);
    assertThat(history.resolve("77", LocalDate.of(2025, 9, 1)))
        .isInstanceOfSatisfying(
            CodeResolution.Resolved.class,
            resolved -> assertThat(resolved.unit().code()).isEqualTo("79"));
  }

  private static CatalogView view() {
    return new CatalogView(KafkaTestUtils.consumerProps(broker, "unused", false));
  }
}
