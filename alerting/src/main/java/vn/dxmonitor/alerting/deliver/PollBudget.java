package vn.dxmonitor.alerting.deliver;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/**
 * How many records one poll of a delivering consumer may bring: few enough that handling every one
 * of them, each as slow as its channels' timeouts allow, still ends well within {@code
 * max.poll.interval.ms}. A consumer that overruns it is put out of its group, and the records in
 * its hand are delivered a second time by another.
 */
final class PollBudget {

  private static final int KAFKA_DEFAULT_RECORDS = 500;
  private static final long KAFKA_DEFAULT_INTERVAL_MS = 300_000;

  private PollBudget() {}

  /**
   * @param config the consumer's settings, whose own {@code max.poll.records} is a ceiling
   * @param slowestRecord the longest handling one record may take
   */
  static int maxPollRecords(Map<String, Object> config, Duration slowestRecord) {
    long interval =
        number(config.get(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG), KAFKA_DEFAULT_INTERVAL_MS);
    long ceiling =
        number(config.get(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), KAFKA_DEFAULT_RECORDS);
    // Half the interval, for the commits, the polls and a slow garbage collection.
    long fit = interval / 2 / Math.max(1, slowestRecord.toMillis());
    return (int) Math.max(1, Math.min(ceiling, fit));
  }

  private static long number(Object value, long fallback) {
    if (value == null) {
      return fallback;
    }
    return value instanceof Number number ? number.longValue() : Long.parseLong(value.toString());
  }
}
