package vn.dxmonitor.dashboard.report;

import static org.assertj.core.api.Assertions.assertThat;

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
}
