package vn.dxmonitor.alerting.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.dxmonitor.alerting.notify.AlertFixtures.AN_LAO;
import static vn.dxmonitor.alerting.notify.AlertFixtures.PROVINCE;
import static vn.dxmonitor.alerting.notify.AlertFixtures.QUY_NHON;
import static vn.dxmonitor.alerting.notify.AlertFixtures.firing;
import static vn.dxmonitor.alerting.notify.RouteFixtures.ESCALATE_AFTER;
import static vn.dxmonitor.alerting.notify.RouteFixtures.GROUP_WAIT;
import static vn.dxmonitor.alerting.notify.RouteFixtures.REPEAT_INTERVAL;
import static vn.dxmonitor.alerting.notify.RouteFixtures.receiver;
import static vn.dxmonitor.alerting.notify.RouteFixtures.routes;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.alerting.route.Routes;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.testsupport.time.MovableClock;

/**
 * The policies together, as the engine drives them: alert changes as they are saved, a tick now and
 * then. The clock starts on Monday 2026-11-23 at 10:00 in Vietnam, after that day's digest time.
 */
class NotifierTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T03:00:00Z"));
  private final FakeAlerts alerts = new FakeAlerts();
  private final Map<String, NotificationGroup> stored = new LinkedHashMap<>();
  private final List<Notification> sent = new ArrayList<>();
  private final Routes routes = routes(receiver("an-lao", AN_LAO), receiver("gia-lai", PROVINCE));

  @Test
  void aGroupTellsOfAnAlertAfterTheGroupWaitThenRepeatsItThenItGoesUp() {
    Notifier notifier = notifier();
    save(notifier, null, firing(AN_LAO, clock.instant()));

    clock.advance(GROUP_WAIT);
    notifier.tick(clock.instant(), (next, before) -> save(notifier, before, next));
    clock.advance(REPEAT_INTERVAL);
    notifier.tick(clock.instant(), (next, before) -> save(notifier, before, next));
    clock.advance(ESCALATE_AFTER.minus(REPEAT_INTERVAL).minus(GROUP_WAIT));
    notifier.tick(clock.instant(), (next, before) -> save(notifier, before, next));

    assertThat(sent)
        .extracting(Notification::kind, Notification::receiver)
        .containsExactly(
            tuple(NotificationKind.ALERTS, "an-lao"),
            tuple(NotificationKind.REPEAT, "an-lao"),
            tuple(NotificationKind.ESCALATION, "gia-lai"));
  }

  @Test
  void aGroupWithDueNewsSendsItInsteadOfARepeat() {
    Notifier notifier = notifier(routes(receiver("gia-lai", PROVINCE)));
    Alert anLao = firing(AN_LAO, clock.instant());
    save(notifier, null, anLao);
    clock.advance(GROUP_WAIT);
    notifier.tick(clock.instant(), (next, before) -> {});

    clock.advance(REPEAT_INTERVAL.minus(GROUP_WAIT));
    save(notifier, null, firing(QUY_NHON, clock.instant()));
    // The repeat of An Lão falls due at this very tick, with the news of Quy Nhơn.
    clock.advance(GROUP_WAIT);
    notifier.tick(clock.instant(), (next, before) -> {});

    assertThat(sent)
        .extracting(Notification::kind)
        .containsExactly(NotificationKind.ALERTS, NotificationKind.ALERTS);
    assertThat(sent.get(1).firing()).extracting(NotifiedAlert::unit).containsExactly(QUY_NHON);
  }

  @Test
  void aNotifierStartedFromTheStoresDoesNotTellAgainWhatWasTold() {
    Notifier before = notifier();
    save(before, null, firing(AN_LAO, clock.instant()));
    clock.advance(GROUP_WAIT);
    before.tick(clock.instant(), (next, was) -> {});
    assertThat(sent).hasSize(1);

    Notifier restarted = notifier();
    clock.advance(Duration.ofMinutes(10));
    restarted.tick(clock.instant(), (next, was) -> {});

    assertThat(sent).hasSize(1);
  }

  /**
   * A reminder goes to the unit's reporters at once, once an episode, besides the unit's receivers;
   * unacknowledged, it does not go up the tree, where report-overdue takes over after the deadline.
   */
  @Test
  void aReminderGoesToTheUnitsReportersOnceAndNeverUp() {
    Notifier notifier = notifier();
    Alert due =
        firing("report-due", "fiber-coverage-villages", 0.0, clock.instant(), AN_LAO, PROVINCE);
    save(notifier, null, due);
    save(notifier, due, AlertFixtures.withValue(due, 1.0, clock.instant()));
    clock.advance(ESCALATE_AFTER.multipliedBy(3));
    notifier.tick(clock.instant(), (next, before) -> save(notifier, before, next));

    assertThat(sent)
        .extracting(Notification::kind, Notification::receiver)
        .containsExactly(
            tuple(NotificationKind.REMINDER, "reporters:" + AN_LAO),
            tuple(NotificationKind.ALERTS, "an-lao"));
    Notification reminder = sent.get(0);
    assertThat(reminder.receiverUnit()).isEqualTo(AN_LAO);
    assertThat(reminder.firing()).extracting(NotifiedAlert::id).containsExactly(due.id());
    assertThat(reminder.id())
        .isEqualTo(Notification.idOf("reminder", "reporters:" + AN_LAO, due.id(), "1"));
  }

  private Notifier notifier() {
    return notifier(routes);
  }

  private Notifier notifier(Routes in) {
    Groups groups =
        new Groups(List.copyOf(stored.values()), group -> stored.put(group.key(), group));
    FakeDigestDays days = new FakeDigestDays();
    // Today's digests have gone out, so they stay out of what these tests look at.
    days.sent("an-lao", LocalDate.of(2026, 11, 23));
    days.sent("gia-lai", LocalDate.of(2026, 11, 23));
    return new Notifier(() -> in, groups, days, alerts, sent::add);
  }

  /** Saves an alert as the engine does: store it, then tell the notifier. */
  private void save(Notifier notifier, Alert before, Alert after) {
    alerts.put(after);
    notifier.changed(before, after, clock.instant());
  }
}
