package vn.dxmonitor.runtime.catalog.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.time.VietnamTime;

/**
 * A day's catalog, which every reader of a standing on that day judges against, is the one in force
 * at the day's last instant in Vietnam, whatever plan versions the topic holds, whichever days were
 * asked before, and after a change. {@code on(day)} remembers what it made; the reference is made
 * afresh by {@code at}, so a remembered catalog that went stale, or a day ending at the wrong
 * instant, disagrees with it on some sample.
 */
class CatalogVersionsPropertiesTest {

  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 6, 1);
  private static final int DAYS = 20;

  /** One version of one of a few plans, taking effect at {@code validFrom} (always, if null). */
  record Edit(String plan, int value, Instant validFrom) {}

  @Property(tries = 300)
  void aDaysCatalogIsTheOneInForceAtTheDaysLastInstant(
      @ForAll("edits") List<Edit> edits, @ForAll("days") List<LocalDate> days) {
    List<Edit> before = edits.subList(0, edits.size() - 1);
    CatalogVersions memoised = versionsOf(before);
    for (LocalDate day : days) {
      assertThat(contents(memoised.on(day)))
          .as("on %s", day)
          .isEqualTo(contents(versionsOf(before).at(VietnamTime.endOf(day))));
    }

    apply(memoised, edits.get(edits.size() - 1), versions(before));

    for (LocalDate day : days) {
      assertThat(contents(memoised.on(day)))
          .as("on %s, after the last edit", day)
          .isEqualTo(contents(versionsOf(edits).at(VietnamTime.endOf(day))));
    }
  }

  private static CatalogVersions versionsOf(List<Edit> edits) {
    CatalogVersions versions = new CatalogVersions();
    versions.putIndicator("in-force", InForcePlanDocuments.indicator("in-force"));
    Map<String, Integer> numbers = new HashMap<>();
    for (Edit edit : edits) {
      apply(versions, edit, numbers);
    }
    return versions;
  }

  /** Puts the plan's next version, numbered after the ones {@code numbers} has counted. */
  private static void apply(CatalogVersions versions, Edit edit, Map<String, Integer> numbers) {
    int version = numbers.merge(edit.plan(), 1, Integer::sum);
    versions.putPlan(
        edit.plan(),
        version,
        InForcePlanDocuments.plan(
            edit.plan(), edit.plan() + "-target", version, edit.value(), edit.validFrom()));
  }

  private static Map<String, Integer> versions(List<Edit> edits) {
    Map<String, Integer> numbers = new HashMap<>();
    edits.forEach(edit -> numbers.merge(edit.plan(), 1, Integer::sum));
    return numbers;
  }

  /** What a catalog says; {@link Catalog} has no equality of its own. */
  private static List<Object> contents(Catalog catalog) {
    return List.of(List.copyOf(catalog.plans()), catalog.targets());
  }

  @Provide
  Arbitrary<List<Edit>> edits() {
    return Combinators.combine(
            Arbitraries.of("plan-a", "plan-b", "plan-c"),
            Arbitraries.integers().between(0, 100),
            validFrom())
        .as(Edit::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(8);
  }

  @Provide
  Arbitrary<List<LocalDate>> days() {
    return Arbitraries.integers()
        .between(-1, DAYS + 1)
        .map(FIRST_DAY::plusDays)
        .list()
        .ofMinSize(1)
        .ofMaxSize(12);
  }

  /**
   * Mostly at or a moment either side of midnight in Vietnam, where a day's catalog changes; else
   * any time of a day; sometimes none (in force from the start).
   */
  private static Arbitrary<Instant> validFrom() {
    Arbitrary<Instant> midnight =
        Arbitraries.integers()
            .between(0, DAYS)
            .map(day -> FIRST_DAY.plusDays(day).atStartOfDay(VietnamTime.ZONE).toInstant());
    Arbitrary<Instant> nearMidnight =
        Combinators.combine(midnight, Arbitraries.of(-60_000L, -1L, 0L, 1L))
            .as(Instant::plusMillis);
    Arbitrary<Instant> anyTime =
        Combinators.combine(midnight, Arbitraries.longs().between(0, 86_399_999L))
            .as(Instant::plusMillis);
    return Arbitraries.frequencyOf(Tuple.of(3, nearMidnight), Tuple.of(2, anyTime)).injectNull(0.2);
  }
}
