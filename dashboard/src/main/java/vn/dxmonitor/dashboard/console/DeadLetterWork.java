package vn.dxmonitor.dashboard.console;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;
import vn.dxmonitor.dashboard.security.UnitScope;
import vn.dxmonitor.dashboard.security.Viewer;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.runtime.catalog.topic.AuditEntry;
import vn.dxmonitor.runtime.deadletter.DeadLetterQueue;
import vn.dxmonitor.runtime.deadletter.Letter;
import vn.dxmonitor.runtime.deadletter.LetterId;
import vn.dxmonitor.runtime.deadletter.ReplayOutcome;
import vn.dxmonitor.runtime.deadletter.Selection;

/**
 * The dead-letter queue as one viewer may work it: only letters whose unit lies in the viewer's
 * subtrees, and replays recorded under the viewer's name and in the audit trail.
 *
 * <p>A letter's unit is its event's unit, else its record key, read in the registry as it stood on
 * the event's day (a code retired since still belongs to its province) or as it stands today (a
 * unit imported since the letter was refused). A letter whose unit is in neither — unknown, or no
 * event at all — is for the administrators who see the whole country.
 */
@Component
public class DeadLetterWork {

  static final String AUDIT_KIND = "dead-letters";

  private final DeadLetterQueue queue;
  private final UnitScope scope;
  private final Clock clock;

  public DeadLetterWork(KafkaProperties kafka, UnitScope scope, Clock clock) {
    this.queue = new DeadLetterQueue(connection(kafka.buildConsumerProperties()), clock);
    this.scope = scope;
    this.clock = clock;
  }

  /** The letters the viewer sees, newest first. */
  public List<Letter> letters(Viewer viewer) {
    return queue.read().stream().filter(visibleTo(viewer)).toList();
  }

  /**
   * Replays the chosen letters among those the viewer sees; the others are as if absent. Recorded
   * with the viewer's actor on the replays topic, and in the audit trail when anything was sent:
   * the events and their audit entry are committed in one transaction, so neither is ever seen
   * without the other.
   */
  public ReplayOutcome replay(Viewer viewer, Selection selection) {
    return queue.replayAudited(
        selection,
        viewer.actor(),
        visibleTo(viewer),
        outcome ->
            new AuditEntry(
                Instant.now(clock),
                viewer.actor(),
                "replay",
                AUDIT_KIND,
                describe(selection),
                null,
                Map.of(
                    "replayed", outcome.replayed().stream().map(LetterId::toString).toList(),
                    "alreadyReplayed",
                        outcome.alreadyReplayed().stream().map(l -> l.id().toString()).toList()),
                viewer.units()));
  }

  Predicate<Letter> visibleTo(Viewer viewer) {
    if (viewer.seesEverything()) {
      return letter -> true;
    }
    return letter -> {
      String code = letter.unitCode();
      if (code == null || code.isBlank()) {
        return false;
      }
      Instant when = letter.occurredAt() != null ? letter.occurredAt() : letter.timestamp();
      LocalDate day = VietnamTime.dateOf(when);
      return scope.seesOn(viewer, code, day) || scope.sees(viewer, code);
    };
  }

  private static String describe(Selection selection) {
    if (selection.all()) {
      return "all";
    }
    if (selection.reasonCode() != null) {
      return "reason:" + selection.reasonCode();
    }
    return "letters:" + selection.letters().stream().sorted().map(LetterId::toString).toList();
  }

  /** The connection settings alone: the queue makes its own consumers and producers. */
  private static Map<String, Object> connection(Map<String, Object> properties) {
    Map<String, Object> connection = new HashMap<>(properties);
    connection.keySet().retainAll(AdminClientConfig.configNames());
    return connection;
  }
}
