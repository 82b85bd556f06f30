package vn.dxmonitor.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.ingest.support.Api;
import vn.dxmonitor.ingest.support.IngestApiTest;
import vn.dxmonitor.ingest.support.IngestTest;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.time.VietnamTime;

/** Periodic figures as CSV, answered row by row. */
@IngestTest
class ReportsIT extends IngestApiTest {

  @Override
  protected String source() {
    return "statistics";
  }

  // Periods read from today, so they stay inside their revision windows: the last quarter for a
  // yearly statistic (400 days), yesterday for live counts (7 days).
  private static final LocalDate TODAY = VietnamTime.dateOf(Instant.now());
  private static final LocalDate LAST_QUARTER_END =
      YearMonth.from(TODAY.minusMonths(3))
          .withMonth(3 * ((TODAY.minusMonths(3).getMonthValue() - 1) / 3) + 3)
          .atEndOfMonth();
  private static final String LAST_QUARTER =
      LAST_QUARTER_END.getYear() + "-Q" + LAST_QUARTER_END.getMonthValue() / 3;

  @Test
  void eachRowIsAnsweredByItsLineAndASecondPostCountsNothing() {
    String csv =
        "\uFEFFunit,indicator,period,value,numerator,denominator,eventId\n"
            + "52,digital-economy-share-grdp,"
            + LAST_QUARTER
            + ",12.4,,,rep-1\n"
            + "\n"
            + "21583,work-records-online,"
            + TODAY.minusDays(1)
            + ",,40,50,rep-2\n"
            + "52,digital-economy-share-grdp,"
            + LAST_QUARTER
            + ",\"12,4\",,,rep-3\n"
            + "52,digital-economy-share-grdp,2099,10,,,rep-4\n";

    Api.Answer first = api.post("/api/v1/reports", csv, "text/csv; charset=utf-8", key);

    assertThat(first.status()).as(first.body()).isEqualTo(202);
    JsonNode rows = first.json().get("rows");
    assertThat(first.json().get("accepted").intValue()).isEqualTo(2);
    assertThat(rows.get(0).get("line").intValue()).isEqualTo(2);
    assertThat(rows.get(0).get("outcome").stringValue()).isEqualTo("accepted");
    assertThat(rows.get(1).get("line").intValue()).isEqualTo(4);
    assertThat(rows.get(1).get("outcome").stringValue()).isEqualTo("accepted");
    assertThat(rows.get(2).get("outcome").stringValue()).isEqualTo("rejected");
    assertThat(rows.get(2).get("errors").get(0).get("field").stringValue()).isEqualTo("value");
    assertThat(rows.get(3).get("errors").get(0).get("field").stringValue()).isEqualTo("period");

    List<MetricEvent> stored = topic.events("rep-");
    assertThat(stored).extracting(MetricEvent::eventId).containsExactlyInAnyOrder("rep-1", "rep-2");
    MetricEvent figure =
        stored.stream().filter(e -> e.eventId().equals("rep-1")).findFirst().orElseThrow();
    assertThat(figure.value()).isEqualTo(12.4);
    assertThat(figure.occurredAt())
        .isEqualTo(LAST_QUARTER_END.atTime(23, 59, 59).atZone(VietnamTime.ZONE).toInstant());

    Api.Answer again = api.post("/api/v1/reports", csv, "text/csv", key);
    assertThat(again.json().get("accepted").intValue()).isZero();
    assertThat(again.json().get("duplicates").intValue()).isEqualTo(2);
    assertThat(topic.events("rep-")).hasSize(2);
  }

  @Test
  void withoutEventIdsTheRowIdentifiesTheFigureAndSemicolonsWork() {
    String half = (TODAY.getYear() - 1) + "-H2";
    String csv = "unit;indicator;period;value\n52;digital-economy-share-grdp;" + half + ";9.5\n";

    Api.Answer answer = api.post("/api/v1/reports", csv, "text/csv", key);

    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    assertThat(answer.json().get("rows").get(0).get("eventId").stringValue())
        .isEqualTo("report:52:digital-economy-share-grdp:" + half);
  }

  @Test
  void publishedResultsComeAsARowPerUnitWithAColumnPerIndicatorEachCellAnsweredAsItsOwnRow() {
    // Last year has ended, and is inside the DTI pillars' two-year and the rank's 400-day windows
    String year = String.valueOf(TODAY.getYear() - 1);
    String csv =
        "unit,period,dti-awareness,dti-economy,dti-rank\n"
            + "52,"
            + year
            + ",0.95,0.7836,\n"
            + "21583,"
            + year
            + ",,abc,3\n";

    Api.Answer answer = api.post("/api/v1/reports", csv, "text/csv", key);

    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    JsonNode rows = answer.json().get("rows");
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).get("eventId").stringValue())
        .isEqualTo("report:52:dti-awareness:" + year);
    assertThat(rows.get(1).get("eventId").stringValue()).isEqualTo("report:52:dti-economy:" + year);
    assertThat(rows.get(2).get("line").intValue()).isEqualTo(3);
    assertThat(rows.get(2).get("eventId").stringValue())
        .isEqualTo("report:21583:dti-economy:" + year);
    assertThat(rows.get(2).get("outcome").stringValue()).isEqualTo("rejected");
    assertThat(rows.get(2).get("errors").get(0).get("field").stringValue()).isEqualTo("value");
    assertThat(rows.get(3).get("eventId").stringValue()).isEqualTo("report:21583:dti-rank:" + year);
    assertThat(answer.json().get("accepted").intValue()).isEqualTo(3);
    MetricEvent economy = topic.events("report:52:dti-economy").stream().findFirst().orElseThrow();
    assertThat(economy.value()).isEqualTo(0.7836);

    Api.Answer unknown =
        api.post(
            "/api/v1/reports",
            "unit,period,dti-economy,gdp\n52," + year + ",1,2\n",
            "text/csv",
            key);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("detail").stringValue())
        .contains("the column(s) gdp name no indicator");

    // An unquoted decimal comma would shift figures into the wrong pillars: refused whole
    Api.Answer shifted =
        api.post(
            "/api/v1/reports",
            "unit,period,dti-awareness,dti-economy\n52," + year + ",0,95,0,78\n",
            "text/csv",
            key);
    assertThat(shifted.status()).isEqualTo(400);
    assertThat(shifted.json().get("detail").stringValue())
        .contains("line 2 has 6 cells for 4 columns");
  }

  @Test
  void aReportWithoutTheRequiredColumnsIsAProblem() {
    Api.Answer answer = api.post("/api/v1/reports", "unit,value\n52,1\n", "text/csv", key);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.isProblem()).isTrue();
    assertThat(answer.json().get("detail").stringValue())
        .contains("lacks the column(s) indicator, period");
  }
}
