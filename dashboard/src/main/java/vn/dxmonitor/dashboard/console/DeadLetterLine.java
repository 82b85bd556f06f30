package vn.dxmonitor.dashboard.console;

/**
 * One dead letter as the console lists it.
 *
 * @param replayed when and by whom it was replayed, empty while it has not been
 */
public record DeadLetterLine(
    String id,
    String time,
    String unit,
    String unitName,
    String indicator,
    String indicatorName,
    String eventId,
    String reasonCode,
    String reason,
    String replayed) {

  public boolean isReplayed() {
    return !replayed.isEmpty();
  }
}
