package vn.dxmonitor.alerting.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxmonitor.alerting.notify.AlertFixtures.AN_LAO;
import static vn.dxmonitor.alerting.notify.AlertFixtures.BEHIND;
import static vn.dxmonitor.alerting.notify.AlertFixtures.PROVINCE;
import static vn.dxmonitor.alerting.notify.AlertFixtures.QUY_NHON;
import static vn.dxmonitor.alerting.notify.AlertFixtures.RECORDS;
import static vn.dxmonitor.alerting.notify.AlertFixtures.acknowledged;
import static vn.dxmonitor.alerting.notify.AlertFixtures.firing;
import static vn.dxmonitor.alerting.notify.AlertFixtures.resolved;
import static vn.dxmonitor.alerting.notify.RouteFixtures.REPEAT_INTERVAL;
import static vn.dxmonitor.alerting.notify.RouteFixtures.ROUTING;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.testsupport.time.MovableClock;

class RepeatPolicyTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T03:00:00Z"));
  private final FakeAlerts alerts = new FakeAlerts();
  private final Groups groups = new Groups(List.of(), group -> {});
  private final List<Notification> sent = new ArrayList<>();
  private final RepeatPolicy repeats =
      new RepeatPolicy(groups, alerts, new Inhibition(alerts), sent::add);

  @Test
  void aGroupRepeatsNoSoonerThanTheRepeatIntervalAfterItLastSpoke() {
    NotificationGroup group = toldOf(firing(AN_LAO, clock.instant()));

    assertThat(repeats.due(group, ROUTING, clock.instant().plus(REPEAT_INTERVAL).minusSeconds(1)))
        .isFalse();
    assertThat(repeats.due(group, ROUTING, clock.instant().plus(REPEAT_INTERVAL))).isTrue();
  }

  @Test
  void aGroupThatToldOfNothingStillFiringHasNothingToRepeat() {
    NotificationGroup group = toldOf();

    assertThat(repeats.due(group, ROUTING, clock.instant().plus(REPEAT_INTERVAL))).isFalse();
  }

  @Test
  void onlyTheFiringAlertsNobodyAcknowledgedAreToldAgain() {
    Alert anLao = firing(AN_LAO, clock.instant());
    Alert quyNhon = firing(QUY_NHON, clock.instant());
    NotificationGroup group = toldOf(anLao, quyNhon);
    alerts.put(acknowledged(quyNhon, clock.instant()));
    clock.advance(REPEAT_INTERVAL);

    repeats.repeat(group, clock.instant());

    assertThat(sent)
        .singleElement()
        .satisfies(
            repeat -> {
              assertThat(repeat.kind()).isEqualTo(NotificationKind.REPEAT);
              assertThat(repeat.firing()).extracting(NotifiedAlert::id).containsExactly(anLao.id());
              assertThat(repeat.stillFiring()).isEqualTo(2);
              assertThat(repeat.id()).isEqualTo(Notification.idOf(group.key(), "4"));
            });
    assertThat(groups.get(group.key()))
        .hasValueSatisfying(
            after -> {
              assertThat(after.sentAt()).isEqualTo(clock.instant());
              assertThat(after.sequence()).isEqualTo(4);
            });
  }

  @Test
  void nothingLeftToRepeatSendsNothingButStartsAnotherInterval() {
    Alert anLao = firing(AN_LAO, clock.instant());
    NotificationGroup group = toldOf(anLao);
    alerts.put(resolved(anLao, clock.instant()));
    clock.advance(REPEAT_INTERVAL);

    repeats.repeat(group, clock.instant());

    assertThat(sent).isEmpty();
    assertThat(groups.get(group.key()))
        .hasValueSatisfying(
            after -> {
              assertThat(after.sentAt()).isEqualTo(clock.instant());
              assertThat(after.sequence()).isEqualTo(3);
            });
  }

  @Test
  void aCommuneNowCarriedByItsProvinceIsNotRepeated() {
    Alert anLao = firing(AN_LAO, clock.instant());
    NotificationGroup group = toldOf(anLao);
    alerts.put(firing(BEHIND, RECORDS, 30.0, clock.instant(), PROVINCE));
    clock.advance(REPEAT_INTERVAL);

    repeats.repeat(group, clock.instant());

    assertThat(sent).isEmpty();
  }

  /** A group whose third message, sent now, told its receiver these alerts were firing. */
  private NotificationGroup toldOf(Alert... firing) {
    alerts.put(firing);
    NotificationGroup group =
        GroupFixtures.told("gia-lai", PROVINCE, RECORDS, clock.instant(), 3, firing);
    groups.put(group);
    return group;
  }
}
