package vn.dxmonitor.alerting.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.dxmonitor.alerting.notify.AlertFixtures.AN_LAO;
import static vn.dxmonitor.alerting.notify.AlertFixtures.BEHIND;
import static vn.dxmonitor.alerting.notify.AlertFixtures.PROVINCE;
import static vn.dxmonitor.alerting.notify.AlertFixtures.QUY_NHON;
import static vn.dxmonitor.alerting.notify.AlertFixtures.RECORDS;
import static vn.dxmonitor.alerting.notify.AlertFixtures.acknowledged;
import static vn.dxmonitor.alerting.notify.AlertFixtures.firing;
import static vn.dxmonitor.alerting.notify.AlertFixtures.silenced;
import static vn.dxmonitor.alerting.notify.RouteFixtures.ESCALATE_AFTER;
import static vn.dxmonitor.alerting.notify.RouteFixtures.receiver;
import static vn.dxmonitor.alerting.notify.RouteFixtures.routes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.alerting.route.Routes;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertChange;
import vn.dxmonitor.testsupport.time.MovableClock;

class EscalationPolicyTest {

  private static final String VILLAGE = "2160901";

  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T03:00:00Z"));
  private final FakeAlerts alerts = new FakeAlerts();
  private final List<Notification> sent = new ArrayList<>();
  private final List<Alert> saved = new ArrayList<>();
  private final EscalationPolicy escalation =
      new EscalationPolicy(alerts, new Inhibition(alerts), sent::add);
  private final Routes routes =
      routes(
          receiver("an-lao", AN_LAO),
          receiver("quy-nhon", QUY_NHON),
          receiver("gia-lai", PROVINCE));

  @Test
  void anAlertNobodyAcknowledgesGoesToTheReceiversOneRouteUpAfterEscalateAfter() {
    Alert anLao = firing(AN_LAO, clock.instant());
    alerts.put(anLao);

    clock.advance(ESCALATE_AFTER.minusSeconds(1));
    escalate();
    assertThat(sent).isEmpty();

    clock.advance(Duration.ofSeconds(1));
    escalate();
    assertThat(sent)
        .singleElement()
        .satisfies(
            up -> {
              assertThat(up.kind()).isEqualTo(NotificationKind.ESCALATION);
              assertThat(up.receiver()).isEqualTo("gia-lai");
              assertThat(up.receiverUnit()).isEqualTo(PROVINCE);
              assertThat(up.indicator()).isEqualTo(RECORDS);
              assertThat(up.parent()).isNull();
              assertThat(up.level()).isEqualTo(1);
              assertThat(up.stillFiring()).isEqualTo(1);
              assertThat(up.firing()).extracting(NotifiedAlert::id).containsExactly(anLao.id());
              assertThat(up.id())
                  .isEqualTo(Notification.idOf("escalation", "gia-lai", "1", anLao.id() + "#1"));
            });
    assertThat(saved)
        .singleElement()
        .satisfies(
            next -> {
              assertThat(next.handling().escalations()).isEqualTo(1);
              assertThat(next.history())
                  .last()
                  .extracting(AlertChange::action, AlertChange::note)
                  .containsExactly("escalated", "gia-lai");
            });
  }

  @Test
  void eachFurtherLevelWaitsOneMoreEscalateAfterAndGoesOneRouteHigher() {
    Routes deep =
        routes(
            receiver("village", VILLAGE),
            receiver("an-lao", AN_LAO),
            receiver("gia-lai", PROVINCE));
    alerts.put(firing(BEHIND, RECORDS, 10.0, clock.instant(), VILLAGE, AN_LAO, PROVINCE));
    clock.advance(ESCALATE_AFTER);
    escalate(deep);
    assertThat(sent).extracting(Notification::receiver).containsExactly("an-lao");

    clock.advance(ESCALATE_AFTER.minusSeconds(1));
    escalate(deep);
    assertThat(sent).hasSize(1);

    clock.advance(Duration.ofSeconds(1));
    escalate(deep);
    assertThat(sent)
        .extracting(Notification::receiver, Notification::level)
        .containsExactly(tuple("an-lao", 1), tuple("gia-lai", 2));
  }

  @Test
  void alertsGoingUpToTheSameUnitOnOneIndicatorGoInOneMessageByAlertId() {
    Alert quyNhon = firing(QUY_NHON, clock.instant());
    Alert anLao = firing(AN_LAO, clock.instant());
    alerts.put(anLao, quyNhon);
    clock.advance(ESCALATE_AFTER);

    escalate();

    assertThat(sent)
        .singleElement()
        .satisfies(
            up -> {
              assertThat(up.firing())
                  .extracting(NotifiedAlert::unit)
                  .containsExactly(QUY_NHON, AN_LAO);
              assertThat(up.id())
                  .isEqualTo(
                      Notification.idOf(
                          "escalation", "gia-lai", "1", quyNhon.id() + "#1," + anLao.id() + "#1"));
            });
    assertThat(saved).extracting(a -> a.where().unit()).containsExactly(QUY_NHON, AN_LAO);
  }

  @Test
  void everyReceiverOfTheRouteAboveIsToldAndTheAlertNamesThemAll() {
    Routes two =
        routes(
            receiver("an-lao", AN_LAO),
            receiver("gia-lai", PROVINCE),
            receiver("gia-lai-2", PROVINCE));
    alerts.put(firing(AN_LAO, clock.instant()));
    clock.advance(ESCALATE_AFTER);

    escalate(two);

    assertThat(sent).extracting(Notification::receiver).containsExactly("gia-lai", "gia-lai-2");
    assertThat(saved.get(0).history())
        .last()
        .extracting(AlertChange::note)
        .isEqualTo("gia-lai,gia-lai-2");
  }

  @Test
  void acknowledgedSilencedOrCarriedAlertsStayWhereTheyAre() {
    alerts.put(
        acknowledged(firing(AN_LAO, clock.instant()), clock.instant()),
        silenced(firing(QUY_NHON, clock.instant()), clock.instant()),
        firing(BEHIND, "online-services", 30.0, clock.instant(), PROVINCE),
        firing(BEHIND, "online-services", 10.0, clock.instant(), AN_LAO, PROVINCE));
    clock.advance(ESCALATE_AFTER.multipliedBy(3));

    escalate();

    assertThat(sent).isEmpty();
    assertThat(saved).isEmpty();
  }

  @Test
  void anAlertWithNoRouteAboveItsOwnHasNowhereToGo() {
    alerts.put(firing(BEHIND, RECORDS, 30.0, clock.instant(), PROVINCE));
    clock.advance(ESCALATE_AFTER);

    escalate();

    assertThat(sent).isEmpty();
    assertThat(saved).isEmpty();
  }

  private void escalate() {
    escalate(routes);
  }

  private void escalate(Routes in) {
    escalation.escalate(in, clock.instant(), this::save);
  }

  private void save(Alert next, Alert before) {
    assertThat(next.id()).isEqualTo(before.id());
    saved.add(next);
    alerts.put(next);
  }
}
