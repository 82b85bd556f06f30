package vn.dxmonitor.processor.check;

import vn.dxmonitor.model.event.MetricEvent;

/**
 * An event as read from the topic: parsed and valid, or the raw bytes with the reason they cannot
 * be used.
 */
public record CheckedEvent(MetricEvent event, byte[] raw, String error) {

  public boolean isValid() {
    return error == null;
  }
}
