package vn.dxmonitor.processor.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportsTest {

  private final Reports reports = new Reports();

  @Test
  void theLatestByOccurredAtIsTheValueWhateverOrderReportsArriveIn() {
    assertThat(reports.add(at("2026-11-20T00:00:00Z"), 12.0)).isTrue();
    assertThat(reports.add(at("2026-11-22T00:00:00Z"), 15.0)).isTrue();

    assertThat(reports.add(at("2026-11-21T00:00:00Z"), 99.0)).isFalse();

    assertThat(reports.latest()).isEqualTo(15.0);
    assertThat(reports.latestAt()).isEqualTo(at("2026-11-22T00:00:00Z"));
    assertThat(reports.asOf(at("2026-11-21T12:00:00Z"))).isEqualTo(99.0);
    assertThat(reports.asOf(at("2026-11-19T00:00:00Z"))).isNull();
  }

  @Test
  void aReportAtTheSameInstantCorrectsTheEarlierOne() {
    reports.add(at("2026-11-22T00:00:00Z"), 15.0);

    assertThat(reports.add(at("2026-11-22T00:00:00Z"), 16.0)).isTrue();
    assertThat(reports.add(at("2026-11-23T00:00:00Z"), 16.0)).isFalse();

    assertThat(reports.latest()).isEqualTo(16.0);
  }

  @Test
  void forgettingKeepsTheReportThatStillHoldsAtTheCut() {
    reports.add(at("2026-11-01T00:00:00Z"), 1.0);
    reports.add(at("2026-11-05T00:00:00Z"), 2.0);
    reports.add(at("2026-11-20T00:00:00Z"), 3.0);

    reports.forgetBefore(at("2026-11-16T00:00:00Z"));

    assertThat(reports.byTime()).hasSize(2);
    assertThat(reports.asOf(at("2026-11-16T00:00:00Z"))).isEqualTo(2.0);
    assertThat(reports.latest()).isEqualTo(3.0);
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }
}
