package vn.dxmonitor.alerting.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxmonitor.alerting.notify.AlertFixtures.AN_LAO;
import static vn.dxmonitor.alerting.notify.AlertFixtures.BEHIND;
import static vn.dxmonitor.alerting.notify.AlertFixtures.PROVINCE;
import static vn.dxmonitor.alerting.notify.AlertFixtures.QUY_NHON;
import static vn.dxmonitor.alerting.notify.AlertFixtures.RECORDS;
import static vn.dxmonitor.alerting.notify.AlertFixtures.firing;
import static vn.dxmonitor.alerting.notify.AlertFixtures.holdingAgain;
import static vn.dxmonitor.alerting.notify.AlertFixtures.refired;
import static vn.dxmonitor.alerting.notify.AlertFixtures.resolved;
import static vn.dxmonitor.alerting.notify.AlertFixtures.silenced;
import static vn.dxmonitor.alerting.notify.AlertFixtures.withValue;
import static vn.dxmonitor.alerting.notify.RouteFixtures.GROUP_INTERVAL;
import static vn.dxmonitor.alerting.notify.RouteFixtures.GROUP_WAIT;
import static vn.dxmonitor.alerting.notify.RouteFixtures.ROUTING;
import static vn.dxmonitor.alerting.notify.RouteFixtures.receiver;
import static vn.dxmonitor.alerting.notify.RouteFixtures.routes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.alerting.route.Routes;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.testsupport.time.MovableClock;

/** The clock starts on Monday 2026-11-23 at 10:00 in Vietnam. */
class GroupingPolicyTest {

  private static final Routes ROUTES = routes(receiver("gia-lai", PROVINCE));

  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T03:00:00Z"));
  private final FakeAlerts alerts = new FakeAlerts();
  private final List<NotificationGroup> stored = new ArrayList<>();
  private final Groups groups = new Groups(List.of(), stored::add);
  private final List<Notification> sent = new ArrayList<>();
  private final GroupingPolicy grouping =
      new GroupingPolicy(groups, alerts, new Inhibition(alerts), sent::add);

  @Test
  void alertsOfOneParentAndIndicatorShareOneGroupPerReceiver() {
    Routes two = routes(receiver("gia-lai", PROVINCE), receiver("gia-lai-2", PROVINCE));
    Alert anLao = firing(AN_LAO, clock.instant());
    Alert quyNhon = firing(QUY_NHON, clock.instant());
    alerts.put(anLao, quyNhon);

    grouping.changed(null, anLao, two, clock.instant());
    grouping.changed(null, quyNhon, two, clock.instant());

    assertThat(groups.all())
        .extracting(NotificationGroup::key)
        .containsExactly(
            NotificationGroup.keyOf("gia-lai", PROVINCE, RECORDS),
            NotificationGroup.keyOf("gia-lai-2", PROVINCE, RECORDS));
    assertThat(groups.all().get(0).members()).hasSize(2);
    assertThat(stored).last().isEqualTo(groups.all().get(1));
  }

  @Test
  void anAlertWithNoReceiverUpItsPathJoinsNoGroup() {
    Alert elsewhere = firing(BEHIND, RECORDS, 20.0, clock.instant(), "01234", "01");
    alerts.put(elsewhere);

    grouping.changed(null, elsewhere, ROUTES, clock.instant());

    assertThat(groups.all()).isEmpty();
  }

  @Test
  void newFiguresAloneMakeNoGroupDue() {
    Alert anLao = firing(AN_LAO, clock.instant());
    toldAfterTheWait(null, anLao);
    clock.advance(Duration.ofMinutes(30));

    change(anLao, withValue(anLao, 25.0, clock.instant()));

    assertThat(groups.all()).allSatisfy(group -> assertThat(group.changedSince()).isNull());
  }

  @Test
  void aGroupWaitsTheGroupWaitBeforeItsFirstMessage() {
    change(null, firing(AN_LAO, clock.instant()));
    NotificationGroup group = groups.all().get(0);

    assertThat(grouping.due(group, ROUTING, clock.instant().plus(GROUP_WAIT).minusSeconds(1)))
        .isFalse();
    assertThat(grouping.due(group, ROUTING, clock.instant().plus(GROUP_WAIT))).isTrue();
  }

  @Test
  void aGroupLeavesTheGroupIntervalBetweenTwoMessages() {
    Instant start = clock.instant();
    toldAfterTheWait(null, firing(AN_LAO, start));
    clock.advance(Duration.ofSeconds(10));

    change(null, firing(QUY_NHON, clock.instant()));

    NotificationGroup group = groups.all().get(0);
    Instant spaced = start.plus(GROUP_WAIT).plus(GROUP_INTERVAL);
    assertThat(GroupingPolicy.dueAt(group, ROUTING)).isEqualTo(spaced);
    assertThat(grouping.due(group, ROUTING, spaced.minusSeconds(1))).isFalse();
    assertThat(grouping.due(group, ROUTING, spaced)).isTrue();
  }

  @Test
  void aFiringAlertIsToldOncePerEpisodeAndItsResolutionOnce() {
    Alert anLao = firing(AN_LAO, clock.instant());
    Notification first = toldAfterTheWait(null, anLao);
    assertThat(first.kind()).isEqualTo(NotificationKind.ALERTS);
    assertThat(first.firing()).extracting(NotifiedAlert::id).containsExactly(anLao.id());
    assertThat(first.stillFiring()).isEqualTo(1);
    assertThat(first.id())
        .isEqualTo(Notification.idOf(NotificationGroup.keyOf("gia-lai", PROVINCE, RECORDS), "1"));

    clock.advance(Duration.ofMinutes(10));
    Alert over = resolved(anLao, clock.instant());
    Notification second = toldAfterTheWait(anLao, over);
    assertThat(second.firing()).isEmpty();
    assertThat(second.resolved()).extracting(NotifiedAlert::state).containsExactly("resolved");
    assertThat(second.stillFiring()).isZero();
    assertThat(groups.all().get(0).members()).isEmpty();

    clock.advance(Duration.ofMinutes(10));
    Notification third = toldAfterTheWait(over, refired(over, clock.instant()));
    assertThat(third.firing()).extracting(NotifiedAlert::episode).containsExactly(2);
  }

  @Test
  void anEpisodeThatEndedAndBeganAgainBeforeTheGroupSpokeIsToldOverAsTheEpisodeThatWasTold() {
    Alert anLao = firing(AN_LAO, clock.instant());
    toldAfterTheWait(null, anLao);
    clock.advance(Duration.ofMinutes(10));
    Alert over = resolved(anLao, clock.instant());
    change(anLao, over);
    clock.advance(Duration.ofSeconds(1));
    Alert again = holdingAgain(over, clock.instant());
    change(over, again);
    clock.advance(GROUP_INTERVAL);
    flushDue();

    assertThat(again.timeline().episode()).isEqualTo(2);
    assertThat(sent)
        .singleElement()
        .satisfies(
            notification -> {
              assertThat(notification.firing()).isEmpty();
              assertThat(notification.resolved())
                  .singleElement()
                  .satisfies(
                      told -> {
                        assertThat(told.episode()).isEqualTo(1);
                        assertThat(told.resolvedAt()).isEqualTo(over.timeline().resolvedAt());
                        assertThat(told.firedAt()).isEqualTo(anLao.timeline().firedAt());
                      });
            });
    sent.clear();

    clock.advance(Duration.ofMinutes(10));
    Alert firesAgain = refired(again, clock.instant());
    Notification fired = toldAfterTheWait(again, firesAgain);
    clock.advance(Duration.ofMinutes(10));
    Notification ended = toldAfterTheWait(firesAgain, resolved(firesAgain, clock.instant()));

    assertThat(fired.firing()).extracting(NotifiedAlert::episode).containsExactly(2);
    assertThat(ended.resolved()).extracting(NotifiedAlert::episode).containsExactly(2);
  }

  @Test
  void theEndToldIsThatOfTheToldEpisodeEvenPastAnEpisodeThatNeverFired() {
    Alert anLao = firing(AN_LAO, clock.instant());
    toldAfterTheWait(null, anLao);
    clock.advance(Duration.ofMinutes(10));
    Alert over = resolved(anLao, clock.instant());
    change(anLao, over);
    clock.advance(Duration.ofSeconds(1));
    Alert second = holdingAgain(over, clock.instant());
    change(over, second);
    clock.advance(Duration.ofSeconds(1));
    Alert secondOver = resolved(second, clock.instant());
    change(second, secondOver);
    clock.advance(Duration.ofSeconds(1));
    Alert third = holdingAgain(secondOver, clock.instant());
    change(secondOver, third);
    clock.advance(GROUP_INTERVAL);
    flushDue();

    assertThat(third.timeline().episode()).isEqualTo(3);
    assertThat(sent)
        .singleElement()
        .satisfies(
            notification ->
                assertThat(notification.resolved())
                    .singleElement()
                    .satisfies(
                        told -> {
                          assertThat(told.episode()).isEqualTo(1);
                          assertThat(told.resolvedAt()).isEqualTo(over.timeline().resolvedAt());
                          assertThat(told.firedAt()).isEqualTo(anLao.timeline().firedAt());
                        }));
  }

  @Test
  void anEpisodeThatEndedAndFiredAgainBeforeTheGroupSpokeIsToldOverAndTheNextFiring() {
    Alert anLao = firing(AN_LAO, clock.instant());
    toldAfterTheWait(null, anLao);
    clock.advance(Duration.ofMinutes(10));
    Alert over = resolved(anLao, clock.instant());
    change(anLao, over);
    clock.advance(Duration.ofSeconds(1));

    Notification told = toldAfterTheWait(over, refired(over, clock.instant()));

    assertThat(told.resolved()).extracting(NotifiedAlert::episode).containsExactly(1);
    assertThat(told.firing()).extracting(NotifiedAlert::episode).containsExactly(2);
    assertThat(told.stillFiring()).isEqualTo(1);
  }

  @Test
  void aSilencedAlertThatResolvesIsDroppedWithoutANotice() {
    Alert anLao = firing(AN_LAO, clock.instant());
    toldAfterTheWait(null, anLao);
    Alert quiet = silenced(anLao, clock.instant());
    change(anLao, quiet);

    clock.advance(Duration.ofMinutes(10));
    change(quiet, resolved(quiet, clock.instant()));
    clock.advance(GROUP_INTERVAL);
    flushDue();

    assertThat(sent).isEmpty();
    assertThat(groups.all().get(0).notified()).isEmpty();
    assertThat(groups.all().get(0).members()).isEmpty();
  }

  @Test
  void aCommuneCarriedByItsProvinceIsNotSentAndTheProvinceNamesIt() {
    change(null, firing(BEHIND, RECORDS, 30.0, clock.instant(), PROVINCE));
    change(null, firing(AN_LAO, clock.instant()));
    clock.advance(GROUP_WAIT);

    flushDue();

    assertThat(sent)
        .filteredOn(notification -> notification.receiver().equals("gia-lai"))
        .singleElement()
        .satisfies(
            notification -> {
              assertThat(notification.parent()).isEqualTo("-");
              assertThat(notification.firing())
                  .extracting(NotifiedAlert::unit)
                  .containsExactly(PROVINCE);
              assertThat(notification.firing().get(0).covers()).hasSize(1);
            });
  }

  @Test
  void aCommuneThatStartsFiringMakesTheOtherGroupsOfItsIndicatorDueAgain() {
    change(null, firing(BEHIND, RECORDS, 30.0, clock.instant(), PROVINCE));
    change(null, firing(BEHIND, "online-services", 30.0, clock.instant(), PROVINCE));
    clock.advance(GROUP_WAIT);
    flushDue();
    clock.advance(Duration.ofMinutes(10));

    change(null, firing(AN_LAO, clock.instant()));

    // The province's alert now carries one more commune.
    assertThat(groups.get(NotificationGroup.keyOf("gia-lai", "-", RECORDS)))
        .hasValueSatisfying(group -> assertThat(group.changedSince()).isEqualTo(clock.instant()));
    assertThat(groups.get(NotificationGroup.keyOf("gia-lai", "-", "online-services")))
        .hasValueSatisfying(group -> assertThat(group.changedSince()).isNull());
  }

  @Test
  void aCommuneTheProvinceCarriedIsSentOnceTheProvinceResolves() {
    Alert province = firing(BEHIND, RECORDS, 30.0, clock.instant(), PROVINCE);
    change(null, province);
    change(null, firing(AN_LAO, clock.instant()));
    clock.advance(GROUP_WAIT);
    flushDue();
    sent.clear();
    clock.advance(Duration.ofMinutes(10));

    change(province, resolved(province, clock.instant()));
    clock.advance(GROUP_INTERVAL);
    flushDue();

    assertThat(sent)
        .filteredOn(notification -> notification.parent().equals(PROVINCE))
        .singleElement()
        .satisfies(
            notification ->
                assertThat(notification.firing())
                    .extracting(NotifiedAlert::unit)
                    .containsExactly(AN_LAO));
    assertThat(sent)
        .filteredOn(notification -> notification.parent().equals("-"))
        .singleElement()
        .satisfies(
            notification ->
                assertThat(notification.resolved())
                    .extracting(NotifiedAlert::unit)
                    .containsExactly(PROVINCE));
  }

  @Test
  void anAlertThatIsNoLongerKnownLeavesItsGroupSilently() {
    Alert anLao = firing(AN_LAO, clock.instant());
    change(null, anLao);
    alerts.forget(anLao.id());
    clock.advance(GROUP_WAIT);

    flushDue();

    assertThat(sent).isEmpty();
    assertThat(groups.all()).allSatisfy(group -> assertThat(group.members()).isEmpty());
  }

  private void change(Alert before, Alert after) {
    alerts.put(after);
    grouping.changed(before, after, ROUTES, clock.instant());
  }

  /** Notes the change, lets the group wait pass and takes the one message it made. */
  private Notification toldAfterTheWait(Alert before, Alert after) {
    change(before, after);
    clock.advance(GROUP_WAIT);
    flushDue();
    assertThat(sent).hasSize(1);
    Notification told = sent.get(0);
    sent.clear();
    return told;
  }

  private void flushDue() {
    for (NotificationGroup group : groups.all()) {
      if (grouping.due(group, ROUTING, clock.instant())) {
        grouping.flush(group, clock.instant());
      }
    }
  }
}
