package vn.dxmonitor.processor.aggregate;

/**
 * Told how long each of the aggregator's scheduled passes took. A pass holds its stream thread, so
 * a long one delays every event of the thread's tasks: operators watch it beside the lag.
 */
@FunctionalInterface
public interface PunctuationTimer {

  /** Publishing the values that events changed since the last pass. */
  String PUBLISH = "publish";

  /** Re-evaluating every value against the clock. */
  String STATUS = "status";

  PunctuationTimer NONE = (punctuation, nanos) -> {};

  void took(String punctuation, long nanos);
}
