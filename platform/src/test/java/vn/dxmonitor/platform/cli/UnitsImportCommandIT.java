package vn.dxmonitor.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import vn.dxmonitor.model.unit.UnitLevel;
import vn.dxmonitor.runtime.catalog.topic.CatalogView;
import vn.dxmonitor.runtime.kafka.Topics;
import vn.dxmonitor.testsupport.kafka.KraftBrokers;
import vn.dxmonitor.testsupport.shared.SharedData;

/** The import command on the real unit lists into a real {@code dx.catalog}. */
class UnitsImportCommandIT {

  private static EmbeddedKafkaBroker broker;

  @BeforeAll
  static void startBroker() throws Exception {
    broker = KraftBrokers.withCompactedTopic(Topics.CATALOG.name());
  }

  @AfterAll
  static void stopBroker() {
    broker.destroy();
  }

  @Test
  void importsBothListsAndTheMappingWithProgress() throws Exception {
    Path dir = SharedData.requireAdminUnits();
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    UnitsImportCommand command =
        new UnitsImportCommand(new PrintStream(console, true, StandardCharsets.UTF_8));

    UnitsImportCommand.Summary summary =
        command.run(new UnitsImportCommand.Options(broker.getBrokersAsString(), dir));

    assertThat(summary.units()).isEqualTo(63 + 696 + 10_047 + 34 + 3_321);
    assertThat(summary.successions()).isEqualTo(10_667);
    assertThat(console.toString(StandardCharsets.UTF_8))
        .contains("Writing units")
        .contains("100% 14,161/14,161")
        .contains("Imported 14,161 unit versions and 10,667 successions");
    try (CatalogView view =
        new CatalogView(KafkaTestUtils.consumerProps(broker, "unused", false))) {
      view.start();
      assertThat(view.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
      var afterReform = view.units().at(LocalDate.of(2025, 8, 1));
      assertThat(afterReform.children("52")).hasSize(135);
      assertThat(afterReform.all().stream().filter(u -> u.level() == UnitLevel.PROVINCE))
          .hasSize(34);
      assertThat(
              view.units().at(LocalDate.of(2025, 3, 1)).all().stream()
                  .filter(u -> u.level() == UnitLevel.PROVINCE))
          .hasSize(63);
    }
  }

  @Test
  void aFolderWithoutTheListsIsRefusedNamingWhatItNeeds() {
    assertThatThrownBy(
            () -> UnitsImportCommand.Options.parse(new String[] {"--dir", "/no/such/folder"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("units-2025-03-01.csv");
  }
}
