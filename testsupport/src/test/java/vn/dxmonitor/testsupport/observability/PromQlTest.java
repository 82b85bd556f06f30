package vn.dxmonitor.testsupport.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromQlTest {

  @Test
  void findsTheMetricsButNotFunctionsLabelsRangesOrStrings() {
    assertThat(
            PromQl.metricNames(
                "histogram_quantile(0.95, sum by (writer, le) (rate(dx_elasticsearch_bulk_seconds_bucket{outcome=\"stored\", writer=~\"proc.*\"}[$__rate_interval])))"))
        .containsExactly("dx_elasticsearch_bulk_seconds_bucket");
  }

  @Test
  void findsEverySideOfABinaryExpression() {
    assertThat(
            PromQl.metricNames(
                "sum(rate(dx_processor_index_refused_total[5m])) + on (job) group_left (service) sum without (instance) (rate(dx_alerting_index_refused_total[5m])) > 1e-9"))
        .containsExactly("dx_alerting_index_refused_total", "dx_processor_index_refused_total");
  }

  @Test
  void aBareMetricWithMatchersIsOne() {
    assertThat(PromQl.metricNames("up{job=~\"dx-.*\"} == 0")).containsExactly("up");
    assertThat(
            PromQl.metricNames(
                "max by (spring_id) (kafka_consumer_fetch_manager_records_lag_max offset 5m)"))
        .containsExactly("kafka_consumer_fetch_manager_records_lag_max");
  }
}
