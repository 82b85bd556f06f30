package vn.dxmonitor.dashboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.dashboard.ranking.RankingEntry;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.Plan;
import vn.dxmonitor.runtime.catalog.CatalogReader;

/**
 * The award shortlist and the review a report serves, on KH 244/KH-UBND as the seed catalog encodes
 * it: 5 collectives at the interim review (2023), 10 at the final (2025).
 */
class ReviewRulesTest {

  private static final Plan KH_244 = seed().plan("ba-ria-vung-tau-kh-244-kh-ubnd").orElseThrow();

  @Test
  void theSeedCatalogCarriesThePlansQuotas() {
    assertThat(KH_244.reviews())
        .extracting(r -> r.kind() + " " + r.date() + " " + r.collectives() + "/" + r.individuals())
        .containsExactly("interim 2023-12-31 5/10", "final 2025-12-31 10/20");
  }

  @Test
  void aReportServesTheReviewOfItsDayElseTheNextElseTheLast() {
    assertThat(ReviewReports.servedReview(KH_244, LocalDate.of(2023, 12, 31)).orElseThrow().kind())
        .isEqualTo("interim");
    assertThat(ReviewReports.servedReview(KH_244, LocalDate.of(2024, 6, 1)).orElseThrow().kind())
        .isEqualTo("final");
    assertThat(ReviewReports.servedReview(KH_244, LocalDate.of(2026, 11, 1)).orElseThrow().kind())
        .isEqualTo("final");
  }

  @Test
  void theShortlistTakesTheBestBandedGoodOrBetterUpToTheQuota() {
    List<Shortlist.Candidate> ranked =
        List.of(
            candidate(1, "a", 98.0, "excellent", "Sở"),
            candidate(1, "x", 95.0, "excellent", "Xã"),
            candidate(2, "b", 91.0, "excellent", "Sở"),
            candidate(2, "y", 80.0, "good", "Xã"),
            candidate(3, "z", 60.0, "average", "Xã"));

    assertThat(Shortlist.of(ranked, 3))
        .extracting(c -> c.entry().unit())
        .containsExactly("a", "x", "b");
    assertThat(Shortlist.of(ranked, 10))
        .extracting(c -> c.entry().unit())
        .containsExactly("a", "x", "b", "y");
    assertThat(Shortlist.of(ranked, null)).isEmpty();
  }

  @Test
  void csvCellsWithCommasOrQuotesAreQuoted() {
    assertThat(ReviewCsv.quoted("Xã An Lão")).isEqualTo("Xã An Lão");
    assertThat(ReviewCsv.quoted("1,5")).isEqualTo("\"1,5\"");
    assertThat(ReviewCsv.quoted("nói \"chậm\"")).isEqualTo("\"nói \"\"chậm\"\"\"");
  }

  private static Shortlist.Candidate candidate(
      int rank, String unit, double score, String band, String level) {
    return new Shortlist.Candidate(
        new RankingEntry(rank, unit, unit, score, band, null, null, null), level);
  }

  private static Catalog seed() {
    return CatalogReader.seed();
  }
}
