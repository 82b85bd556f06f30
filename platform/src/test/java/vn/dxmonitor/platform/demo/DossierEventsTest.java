package vn.dxmonitor.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.scorecard.Scorecard;
import vn.dxmonitor.runtime.catalog.CatalogReader;
import vn.dxmonitor.runtime.catalog.ScorecardReader;

class DossierEventsTest {

  private static final Instant AT = Instant.parse("2026-12-01T03:00:00Z");

  @Test
  void aDossierIsTheSameEventsWhenSentAgainSoARestartedFeedCountsNothingTwice() {
    List<MetricEvent> first = DossierEvents.of("d-1", "21583", AT, 0.8, new Random(7));
    List<MetricEvent> again = DossierEvents.of("d-1", "21583", AT, 0.8, new Random(7));

    assertThat(again).isEqualTo(first);
    assertThat(first).extracting(MetricEvent::eventId).doesNotHaveDuplicates();
  }

  @Test
  void overManyDossiersTheFeedCountsInEveryIndicatorThe766IndexReads() {
    Catalog catalog = CatalogReader.seed();
    Scorecard index =
        ScorecardReader.shipped(catalog).stream()
            .filter(card -> card.id().equals("766"))
            .findFirst()
            .orElseThrow();
    Set<String> sent = new HashSet<>();
    Random draws = new Random(52);
    IntStream.range(0, 200)
        .forEach(
            n ->
                DossierEvents.of("d-" + n, "21583", AT, 0.9, draws)
                    .forEach(event -> sent.add(event.indicator())));

    assertThat(sent).containsExactlyInAnyOrderElementsOf(index.indicators());
  }

  @Test
  void aBetterCommuneCountsMoreDossiersOnTime() {
    assertThat(onTime(0.95)).isGreaterThan(onTime(0.55));
  }

  private static long onTime(double quality) {
    Random draws = new Random(1);
    return IntStream.range(0, 500)
        .mapToObj(n -> DossierEvents.of("d-" + n, "21583", AT, quality, draws))
        .flatMap(List::stream)
        .filter(event -> event.indicator().equals("dossiers-on-time"))
        .filter(event -> event.numerator() == 1L)
        .count();
  }
}
