package vn.dxmonitor.processor.check;

/**
 * Counts events sent to the dead-letter topic, by reason code ({@code unparseable}, {@code
 * unknown-unit}, {@code kind-not-aggregated}, …), so a source that writes garbage straight to Kafka
 * shows on a dashboard instead of vanishing.
 */
@FunctionalInterface
public interface DeadLetterCounter {

  void count(String reason);
}
