package vn.dxmonitor.alerting.silence;

import java.time.Instant;
import java.util.List;
import vn.dxmonitor.model.alert.Alert;

/** Which silences cover an alert at a moment: what the engine records in {@code silencedBy}. */
@FunctionalInterface
public interface SilenceCheck {

  /**
   * @return the ids, sorted, so that the same silences give an equal list
   */
  List<String> silencing(Alert alert, Instant at);

  static SilenceCheck none() {
    return (alert, at) -> List.of();
  }
}
