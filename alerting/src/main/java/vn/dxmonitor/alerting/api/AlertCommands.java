package vn.dxmonitor.alerting.api;

import java.time.Clock;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;
import vn.dxmonitor.alerting.settings.AlertingProperties;
import vn.dxmonitor.alerting.store.AlertStore;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.runtime.alerts.AlertCommandChannel;
import vn.dxmonitor.runtime.alerts.AlertCommandException;

/** The API's way to the engine: an action is sent, then awaited in the stored alert. */
@Component
public class AlertCommands implements DisposableBean {

  private final AlertCommandChannel channel;

  public AlertCommands(
      KafkaProperties kafka, AlertStore store, Clock clock, AlertingProperties properties) {
    this.channel =
        new AlertCommandChannel(
            kafka.buildProducerProperties(), store::find, clock, properties.commandTimeout());
  }

  /** The alert as it is once the action shows in it. */
  public Alert apply(Alert alert, String action, String by, String text, String assignee) {
    try {
      return channel.apply(alert, action, by, text, assignee);
    } catch (AlertCommandException e) {
      throw e.isStored()
          ? new AlertingApiException(ErrorCode.NOT_YET_APPLIED, null, e.getMessage())
          : new AlertingApiException(ErrorCode.BROKER_UNAVAILABLE, null, e.getMessage());
    }
  }

  @Override
  public void destroy() {
    channel.close();
  }
}
