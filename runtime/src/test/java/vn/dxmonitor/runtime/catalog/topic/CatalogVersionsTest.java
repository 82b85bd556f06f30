package vn.dxmonitor.runtime.catalog.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.catalog.Catalog;

class CatalogVersionsTest {

  private static final Instant EDITED = Instant.parse("2026-06-30T15:00:00Z");

  private final CatalogVersions versions = new CatalogVersions();

  @Test
  void instantsUnderTheSameVersionsShareOneParsedCatalog() {
    versions.putIndicator("in-force", InForcePlanDocuments.indicator("in-force"));
    versions.putPlan("in-force-plan", 1, InForcePlanDocuments.plan(1, 80, null));
    versions.putPlan("in-force-plan", 2, InForcePlanDocuments.plan(2, 60, EDITED));

    Catalog before = versions.at(EDITED.minusSeconds(3600));
    assertThat(versions.at(EDITED.minusSeconds(7 * 86_400)))
        .as("a week earlier holds the same first version, so it is the same catalog")
        .isSameAs(before);
    assertThat(target(before)).isEqualTo(80);
    assertThat(versions.at(EDITED.plusSeconds(60)))
        .as("after the edit, every plan in its latest version: the latest catalog")
        .isSameAs(versions.latest());
    assertThat(versions.on(LocalDate.of(2026, 6, 29))).isSameAs(before);
    assertThat(target(versions.on(LocalDate.of(2026, 6, 30)))).isEqualTo(60);
  }

  @Test
  void aChangeIsSeenByTheNextRead() {
    versions.putIndicator("in-force", InForcePlanDocuments.indicator("in-force"));
    versions.putPlan("in-force-plan", 1, InForcePlanDocuments.plan(1, 80, null));
    Catalog first = versions.latest();
    LocalDate day = LocalDate.of(2026, 7, 1);
    assertThat(versions.on(day)).isSameAs(first);

    versions.putPlan("in-force-plan", 2, InForcePlanDocuments.plan(2, 60, EDITED));

    assertThat(target(versions.latest())).isEqualTo(60);
    assertThat(target(versions.on(day))).isEqualTo(60);
    assertThat(target(versions.at(EDITED.minusSeconds(1)))).isEqualTo(80);

    versions.putPlan("in-force-plan", 2, null);

    assertThat(target(versions.latest())).as("a tombstone takes the version back").isEqualTo(80);
  }

  private static double target(Catalog catalog) {
    return catalog.targets().stream()
        .filter(target -> target.planId().equals("in-force-plan"))
        .findFirst()
        .orElseThrow()
        .value();
  }
}
