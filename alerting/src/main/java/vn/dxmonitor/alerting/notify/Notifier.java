package vn.dxmonitor.alerting.notify;

import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.dxmonitor.alerting.route.Routes;
import vn.dxmonitor.alerting.route.Routing;
import vn.dxmonitor.model.alert.Alert;

/**
 * Decides what the receivers of a task's provinces are told, and when, by running four policies:
 * {@link GroupingPolicy} gathers alerts into groups that wait before speaking, {@link RepeatPolicy}
 * repeats what nobody acknowledged, {@link EscalationPolicy} takes it up the unit tree and {@link
 * DigestPolicy} sends each receiver a daily summary, and {@link ReminderPolicy} tells a unit's
 * reporters of a figure coming due. {@link Inhibition} keeps an alert that a higher unit's firing
 * alert stands for out of all of them. What was told lives in the task's stores, so it survives a
 * restart and the engine never sends it twice.
 */
public final class Notifier {

  /** Escalation saves the alert it escalates, through the engine. */
  public interface AlertSaver {
    void save(Alert next, Alert before);
  }

  private final Supplier<Routes> routes;
  private final Groups groups;
  private final Inhibition inhibition;
  private final GroupingPolicy grouping;
  private final RepeatPolicy repeats;
  private final EscalationPolicy escalation;
  private final DigestPolicy digests;
  private final ReminderPolicy reminders;

  /**
   * @param routes the receivers and notification timing in force, read afresh for each alert change
   *     and each tick so an edit of the receivers applies at once
   * @param out where notifications go, in the order they are decided
   */
  public Notifier(
      Supplier<Routes> routes,
      NotificationStores stores,
      AlertLookup alerts,
      Consumer<Notification> out) {
    this(routes, Groups.in(stores.groups()), DigestDays.in(stores.digests()), alerts, out);
  }

  Notifier(
      Supplier<Routes> routes,
      Groups groups,
      DigestDays days,
      AlertLookup alerts,
      Consumer<Notification> out) {
    this.routes = routes;
    this.groups = groups;
    this.inhibition = new Inhibition(alerts);
    this.grouping = new GroupingPolicy(groups, alerts, inhibition, out);
    this.repeats = new RepeatPolicy(groups, alerts, inhibition, out);
    this.escalation = new EscalationPolicy(alerts, inhibition, out);
    this.digests = new DigestPolicy(groups, days, alerts, out);
    this.reminders = new ReminderPolicy(out);
  }

  /** Notes a new version of an alert, which the engine has just saved. */
  public void changed(Alert before, Alert after, Instant now) {
    inhibition.changed(before, after);
    grouping.changed(before, after, routes.get(), now);
    reminders.changed(before, after, now);
  }

  /** Sends whatever has become due by {@code now}. */
  public void tick(Instant now, AlertSaver saver) {
    Routes current = routes.get();
    Routing routing = current.routing();
    inhibition.startTick();
    for (NotificationGroup group : groups.all()) {
      // A change that is due goes out instead of a repeat: a group does one or the other a tick.
      if (grouping.due(group, routing, now)) {
        grouping.flush(group, now);
      } else if (repeats.due(group, routing, now)) {
        repeats.repeat(group, now);
      }
    }
    escalation.escalate(current, now, saver);
    digests.digest(routing, now);
  }
}
