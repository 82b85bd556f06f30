package vn.dxmonitor.runtime.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.unit.CodeResolution;
import vn.dxmonitor.model.unit.Succession;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.unit.UnitLevel;
import vn.dxmonitor.model.unit.UnitRegistry;
import vn.dxmonitor.model.unit.UnitVersion;
import vn.dxmonitor.testsupport.shared.SharedData;

/** Vietnam's official unit lists before and after the 2025-07-01 reform, and the mapping. */
class AdminUnitImportTest {

  private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
  private static UnitHistory history;

  @BeforeAll
  static void importTheOfficialLists() throws IOException {
    Path dir = SharedData.requireAdminUnits();
    List<UnitVersion> versions = new ArrayList<>();
    try (InputStream before = Files.newInputStream(dir.resolve("units-2025-03-01.csv"));
        InputStream after = Files.newInputStream(dir.resolve("units-2025-07-01.csv"));
        InputStream mapping = Files.newInputStream(dir.resolve("reorg-2025-07-01.csv"))) {
      versions.addAll(AdminUnitFiles.readUnits(before, null, REFORM, rows -> {}));
      versions.addAll(AdminUnitFiles.readUnits(after, REFORM, null, rows -> {}));
      List<Succession> successions = AdminUnitFiles.readReorganisation(mapping, REFORM, rows -> {});
      history = new UnitHistory(versions, successions);
    }
  }

  @Test
  void theTreeBeforeTheReformHas63ProvincesAndAfterIt34() {
    assertThat(count(history.at(LocalDate.of(2025, 3, 1)), UnitLevel.PROVINCE)).isEqualTo(63);
    assertThat(count(history.at(LocalDate.of(2025, 3, 1)), UnitLevel.DISTRICT)).isEqualTo(696);
    assertThat(count(history.at(LocalDate.of(2025, 3, 1)), UnitLevel.COMMUNE)).isEqualTo(10_047);
    assertThat(count(history.at(LocalDate.of(2025, 8, 1)), UnitLevel.PROVINCE)).isEqualTo(34);
    assertThat(count(history.at(LocalDate.of(2025, 8, 1)), UnitLevel.DISTRICT)).isZero();
  }

  @Test
  void giaLaiHas135CommunesAfterTheReform() {
    UnitRegistry registry = history.at(LocalDate.of(2025, 8, 1));

    assertThat(registry.children("52")).hasSize(135);
    assertThat(registry.find("52").map(Unit::name)).contains("Tỉnh Gia Lai");
  }

  @Test
  void aCodeMeansWhatItMeantOnTheDate() {
    assertThat(history.at(LocalDate.of(2025, 3, 1)).find("52").map(Unit::name))
        .contains("Tỉnh Bình Định");
    assertThat(history.at(LocalDate.of(2025, 8, 1)).find("52").map(Unit::name))
        .contains("Tỉnh Gia Lai");
  }

  @Test
  void aCodeRetiredByAFullMergeResolvesToItsSuccessor() {
    // Old Bà Rịa - Vũng Tàu (77) went whole into Ho Chi Minh City (79).
    CodeResolution resolution = history.resolve("77", LocalDate.of(2025, 9, 1));

    assertThat(resolution).isInstanceOf(CodeResolution.Resolved.class);
    CodeResolution.Resolved resolved = (CodeResolution.Resolved) resolution;
    assertThat(resolved.unit().code()).isEqualTo("79");
    assertThat(resolved.retiredCode()).isEqualTo("77");
  }

  @Test
  void aCodeSplitAcrossSeveralUnitsNamesTheSuccessors() throws IOException {
    String splitCode = firstPartiallySplitCommune();

    CodeResolution resolution = history.resolve(splitCode, LocalDate.of(2025, 9, 1));

    assertThat(resolution).isInstanceOf(CodeResolution.Ambiguous.class);
    assertThat(((CodeResolution.Ambiguous) resolution).successors()).hasSizeGreaterThan(1);
  }

  @Test
  void aBadRowIsRefusedByLineAndColumn() {
    String csv =
        "code,name,type,level,parent_code\n01,Hà Nội,Thành phố,province,\n02,X,Tỉnh,state,\n";

    assertThatThrownBy(
            () ->
                AdminUnitFiles.readUnits(
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                    null,
                    null,
                    n -> {}))
        .isInstanceOf(InvalidUnitFileException.class)
        .hasMessage("line 3, column level: must be province, district or commune, but was 'state'");
  }

  private static String firstPartiallySplitCommune() throws IOException {
    Path mapping = SharedData.requireAdminUnits().resolve("reorg-2025-07-01.csv");
    List<String> lines = Files.readAllLines(mapping, StandardCharsets.UTF_8);
    for (String line : lines) {
      String[] cells = line.split(",");
      if (cells[0].equals("commune") && cells[5].equals("partial")) {
        String code = cells[1];
        long successors = lines.stream().filter(l -> l.startsWith("commune," + code + ",")).count();
        if (successors > 1 && history.at(LocalDate.of(2025, 9, 1)).find(code).isEmpty()) {
          return code;
        }
      }
    }
    throw new AssertionError("no split commune in the mapping");
  }

  private static long count(UnitRegistry registry, UnitLevel level) {
    return registry.all().stream().filter(unit -> unit.level() == level).count();
  }
}
