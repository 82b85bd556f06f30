package vn.dxmonitor.dashboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewCsvTest {

  @Test
  void aCellThatASpreadsheetWouldRunIsWrittenAsText() {
    assertThat(ReviewCsv.inert("=HYPERLINK(\"http://x\",\"Xã An Lão\")"))
        .isEqualTo("'=HYPERLINK(\"http://x\",\"Xã An Lão\")");
    assertThat(ReviewCsv.inert("+84 256")).isEqualTo("'+84 256");
    assertThat(ReviewCsv.inert("-2+3")).isEqualTo("'-2+3");
    assertThat(ReviewCsv.inert("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(ReviewCsv.inert("\tcmd")).isEqualTo("'\tcmd");
  }

  @Test
  void numbersAndPlainTextStayAsTheyAre() {
    assertThat(ReviewCsv.inert("-3.5")).isEqualTo("-3.5");
    assertThat(ReviewCsv.inert("87,5%")).isEqualTo("87,5%");
    assertThat(ReviewCsv.inert("Phường Quy Nhơn")).isEqualTo("Phường Quy Nhơn");
    assertThat(ReviewCsv.inert("")).isEmpty();
  }

  @Test
  void aUnitNamedLikeAFormulaIsWrittenIntoTheReportAsText() {
    ReviewReport report =
        new ReviewReport(
            "p",
            "Kế hoạch",
            "kiểm thử",
            "52",
            "Gia Lai",
            "01/01/2026",
            "2026-01-01",
            "",
            null,
            null,
            List.of(),
            List.of(
                new ReviewReport.LevelRanking(
                    "commune",
                    "Cấp xã",
                    List.of(
                        new ReviewReport.Ranked(1, "21583", "=cmd|' /C calc'!A0", "90", "A", "")))),
            List.of(new ReviewReport.Nominee(1, "21583", "@SUM(A1)", "Cấp xã", "90", "A")),
            null);

    String csv = ReviewCsv.of(report);

    assertThat(csv)
        .contains(",'=cmd|' /C calc'!A0,")
        .contains(",'@SUM(A1),")
        .doesNotContain(",=cmd")
        .doesNotContain(",@SUM");
  }
}
