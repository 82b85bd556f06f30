package vn.dxmonitor.runtime.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.Plan;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.unit.UnitLevel;
import vn.dxmonitor.testsupport.shared.SharedData;

/**
 * The shipped catalog holds every target of the seed plans, exactly as {@code targets.tsv} has it.
 */
class SeedCatalogTest {

  private final Catalog catalog = CatalogReader.seed();

  @Test
  void everyRowOfTargetsTsvIsATargetOfTheCatalog() throws IOException {
    List<Map<String, String>> rows = targetsTsv();
    Map<String, Plan> planBySource =
        catalog.plans().stream().collect(Collectors.toMap(Plan::source, Function.identity()));
    List<Target> unmatched = new ArrayList<>(catalog.targets());

    for (Map<String, String> row : rows) {
      Plan plan = planBySource.get(row.get("seed_file"));
      assertThat(plan).as("plan for %s", row.get("seed_file")).isNotNull();
      Optional<Target> match =
          unmatched.stream().filter(target -> sameTarget(target, plan, row)).findFirst();
      assertThat(match).as("catalog target for row %s", row).isPresent();
      unmatched.remove(match.get());
      if (row.get("quote").startsWith("AMBIGUOUS:")) {
        assertThat(match.get().ambiguity()).as("ambiguity note of %s", row).isNotBlank();
      }
    }
    assertThat(rows).hasSize(137);
    assertThat(unmatched).as("targets not in targets.tsv").isEmpty();
  }

  @Test
  void everyIndicatorOfTargetsTsvIsInTheCatalogWithItsKindAndNames() throws IOException {
    for (Map<String, String> row : targetsTsv()) {
      var indicator = catalog.indicator(row.get("indicator_id"));
      assertThat(indicator).as(row.get("indicator_id")).isPresent();
      assertThat(indicator.get().kind().id()).isEqualTo(row.get("kind"));
      assertThat(indicator.get().pillar().id()).isEqualTo(row.get("pillar"));
      assertThat(indicator.get().nameVi()).isNotBlank();
      assertThat(indicator.get().nameEn()).isNotBlank();
    }
    Set<String> fromTheSeeds = new java.util.HashSet<>();
    targetsTsv().forEach(row -> fromTheSeeds.add(row.get("indicator_id")));
    assertThat(fromTheSeeds).hasSize(68);
    // Beyond the seeds, only what the shipped official indices read, and the dossiers received
    Set<String> officialIndices = new java.util.HashSet<>(Set.of("dossiers-received"));
    for (var card : ScorecardReader.shipped(catalog)) {
      officialIndices.addAll(card.indicators());
      if (card.published() != null) {
        officialIndices.add(card.published());
      }
    }
    assertThat(catalog.indicators())
        .extracting(indicator -> indicator.id())
        .filteredOn(id -> !fromTheSeeds.contains(id))
        .containsExactlyInAnyOrderElementsOf(officialIndices);
    assertThat(catalog.plans()).hasSize(5);
  }

  private static Set<String> ids(Catalog catalog) {
    Set<String> ids = new java.util.HashSet<>();
    catalog.indicators().forEach(indicator -> ids.add(indicator.id()));
    return ids;
  }

  private static boolean sameTarget(Target target, Plan plan, Map<String, String> row) {
    String level = row.get("unit_level");
    boolean sameLevel =
        target.audience() != null
            ? target.audience().equals(level) && target.level() == UnitLevel.PROVINCE
            : target.level().id().equals(level);
    return target.planId().equals(plan.id())
        && target.indicatorId().equals(row.get("indicator_id"))
        && sameLevel
        && target.comparator().symbol().equals(row.get("comparator"))
        && target.value() == Double.parseDouble(row.get("target_value"))
        && target.deadline().equals(LocalDate.parse(row.get("deadline")));
  }

  private static List<Map<String, String>> targetsTsv() throws IOException {
    Path file = SharedData.dir().map(dir -> dir.resolve("targets.tsv")).orElse(Path.of("missing"));
    Assumptions.assumeTrue(
        Files.isRegularFile(file),
        "../shared/targets.tsv not found beside the repository; this test checks the catalog"
            + " against it");
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String[] header = lines.get(0).split("\t", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      rows.add(
          Arrays.stream(header)
              .collect(
                  Collectors.toMap(
                      Function.identity(),
                      name -> {
                        int at = Arrays.asList(header).indexOf(name);
                        return at < cells.length ? cells[at] : "";
                      })));
    }
    return rows;
  }
}
