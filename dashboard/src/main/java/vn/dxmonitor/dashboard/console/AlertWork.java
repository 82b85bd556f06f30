package vn.dxmonitor.dashboard.console;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;
import vn.dxmonitor.dashboard.search.AlertSearch;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertCommand;
import vn.dxmonitor.model.alert.Silence;
import vn.dxmonitor.model.alert.SilenceMatchers;
import vn.dxmonitor.runtime.alerts.AlertCommandChannel;
import vn.dxmonitor.runtime.catalog.topic.AuditEntry;
import vn.dxmonitor.runtime.catalog.topic.CatalogEntry;
import vn.dxmonitor.runtime.catalog.topic.CatalogView;
import vn.dxmonitor.runtime.catalog.topic.CatalogWriter;

/**
 * What an operator does to an alert from the console. Actions go to the alerting engine through
 * {@code dx.alert-commands}, as the alerting API's do, and are awaited in the stored alert; a
 * silence is written to the catalog topic where the alerting service reads its silences.
 */
@Component
public class AlertWork implements DisposableBean {

  static final int MAX_TEXT = 2000;
  static final int MAX_ASSIGNEE = 200;
  static final int MAX_REASON = 500;
  private static final String SILENCE_PREFIX = "silence|";
  private static final Duration READ_BACK = Duration.ofSeconds(30);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final AlertCommandChannel channel;
  private final CatalogWriter writer;
  private final CatalogView view;
  private final Clock clock;
  private final ConsoleProperties properties;

  public AlertWork(
      KafkaProperties kafka,
      AlertSearch alerts,
      CatalogWriter writer,
      CatalogView view,
      Clock clock,
      ConsoleProperties properties) {
    this.channel =
        new AlertCommandChannel(
            kafka.buildProducerProperties(), alerts::find, clock, properties.commandTimeout());
    this.writer = writer;
    this.view = view;
    this.clock = clock;
    this.properties = properties;
  }

  public Alert acknowledge(Alert alert, String actor, String comment) {
    if (!alert.state().isActive()) {
      throw new ActionRefusedException("console.refused.resolved");
    }
    return channel.apply(alert, AlertCommand.ACK, actor, text(comment, false), null);
  }

  public Alert unacknowledge(Alert alert, String actor) {
    if (!alert.hasAcknowledgement()) {
      throw new ActionRefusedException("console.refused.notAcknowledged");
    }
    return channel.apply(alert, AlertCommand.UNACK, actor, null, null);
  }

  public Alert assign(Alert alert, String actor, String assignee) {
    String who = assignee == null || assignee.isBlank() ? null : assignee.strip();
    if (who != null && who.length() > MAX_ASSIGNEE) {
      throw new ActionRefusedException("console.refused.assigneeTooLong");
    }
    return channel.apply(alert, AlertCommand.ASSIGN, actor, null, who);
  }

  public Alert comment(Alert alert, String actor, String comment) {
    return channel.apply(alert, AlertCommand.COMMENT, actor, text(comment, true), null);
  }

  /**
   * Silences the alert's unit, indicator and rule for some hours: its notifications stop, the alert
   * itself stays listed.
   */
  public Silence silence(Alert alert, String actor, int hours, String reason) {
    if (hours < 1 || hours > properties.maxSilenceHours()) {
      throw new ActionRefusedException("console.refused.hours");
    }
    if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
      throw new ActionRefusedException("console.refused.reason");
    }
    Instant now = clock.instant();
    Silence silence =
        new Silence(
            "s-" + HexFormat.of().formatHex(randomBytes()),
            new SilenceMatchers(alert.where().unit(), alert.what().indicator(), alert.rule(), null),
            now,
            now.plus(Duration.ofHours(hours)),
            List.of(),
            reason.strip(),
            actor,
            now,
            null,
            null);
    String name = SILENCE_PREFIX + silence.id();
    RecordMetadata written =
        writer.putAudited(
            CatalogEntry.alerting(name, silence),
            new AuditEntry(
                now,
                actor,
                "create",
                "silence",
                name,
                null,
                silence,
                List.of(alert.where().unit())));
    view.requireApplied(written, READ_BACK, "silence " + silence.id());
    return silence;
  }

  private static String text(String text, boolean required) {
    if (text == null || text.isBlank()) {
      if (required) {
        throw new ActionRefusedException("console.refused.commentRequired");
      }
      return null;
    }
    if (text.length() > MAX_TEXT) {
      throw new ActionRefusedException("console.refused.commentTooLong");
    }
    return text.strip();
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[6];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  @Override
  public void destroy() {
    channel.close();
  }
}
