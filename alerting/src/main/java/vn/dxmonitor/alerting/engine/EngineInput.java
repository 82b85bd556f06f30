package vn.dxmonitor.alerting.engine;

import vn.dxmonitor.model.alert.AlertCommand;
import vn.dxmonitor.model.value.IndicatorValue;

/** What reaches the engine of a province: a new value, or an operator's command. */
public record EngineInput(IndicatorValue value, AlertCommand command) {

  public static EngineInput of(IndicatorValue value) {
    return new EngineInput(value, null);
  }

  public static EngineInput of(AlertCommand command) {
    return new EngineInput(null, command);
  }
}
