package vn.dxmonitor.alerting.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.alerting.notify.Notification;
import vn.dxmonitor.alerting.notify.NotificationKind;
import vn.dxmonitor.alerting.notify.NotifiedAlert;
import vn.dxmonitor.alerting.route.Receiver;
import vn.dxmonitor.alerting.route.Routes;
import vn.dxmonitor.alerting.route.Routing;
import vn.dxmonitor.alerting.route.WebhookTarget;
import vn.dxmonitor.alerting.silence.SilenceCheck;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertChange;
import vn.dxmonitor.model.alert.AlertCommand;
import vn.dxmonitor.model.alert.AlertState;
import vn.dxmonitor.model.alert.Silence;
import vn.dxmonitor.model.alert.SilenceMatchers;
import vn.dxmonitor.model.alert.SilenceWindow;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitLevel;
import vn.dxmonitor.model.unit.UnitRegistry;

/**
 * What receivers are told, on the test driver: grouping, the group wait, silences, inhibition by a
 * province's alert, repeats of what nobody acknowledged and escalation to the level above. The
 * clock starts on Monday 2026-11-23 at 10:00 in Vietnam.
 */
class NotificationTopologyTest {

  private static final String RULES =
      """
      rules:
        - rule: behind-trajectory
          pendingFor: PT5M
          resolveFor: PT10M
        - rule: projected-miss
          enabled: false
        - rule: unreachable
          enabled: false
        - rule: regression
          enabled: false
        - rule: missed
          enabled: false
        - rule: no-data
          enabled: false
      """;
  private static final Duration PENDING = Duration.ofMinutes(5);
  private static final Duration GROUP_WAIT = Duration.ofSeconds(30);
  private static final Routing ROUTING =
      new Routing(
          GROUP_WAIT,
          Duration.ofMinutes(5),
          Duration.ofHours(1),
          Duration.ofHours(2),
          LocalTime.of(7, 30));
  private static final String AN_LAO = "21609";
  private static final String QUY_NHON = "21583";

  private EngineDriver engine;

  @AfterEach
  void stop() {
    engine.close();
  }

  @Test
  void fortyCommunesBehindOnTheSameIndicatorMakeOneNotificationToTheProvinceReceivers() {
    List<Unit> units = new ArrayList<>();
    units.add(new Unit(BuiltInUnits.GIA_LAI, "Tỉnh Gia Lai", UnitLevel.PROVINCE, null));
    for (int i = 0; i < 40; i++) {
      units.add(
          new Unit(
              String.valueOf(30000 + i), "Xã Thử " + i, UnitLevel.COMMUNE, BuiltInUnits.GIA_LAI));
    }
    engine =
        new EngineDriver(
            RULES,
            new UnitRegistry(units),
            routes(receiver("gia-lai", BuiltInUnits.GIA_LAI)),
            SilenceCheck.none());
    for (int i = 0; i < 40; i++) {
      engine.send(String.valueOf(30000 + i), 20.0 + i / 10.0);
    }
    engine.pass(PENDING.plusSeconds(1));
    assertThat(engine.latest(behind("30039")).state()).isEqualTo(AlertState.FIRING);
    assertThat(engine.notifications()).isEmpty();

    engine.pass(GROUP_WAIT);
    List<Notification> sent = engine.notifications();
    assertThat(sent).hasSize(1);
    Notification grouped = sent.get(0);
    assertThat(grouped.kind()).isEqualTo(NotificationKind.ALERTS);
    assertThat(grouped.receiver()).isEqualTo("gia-lai");
    assertThat(grouped.parent()).isEqualTo(BuiltInUnits.GIA_LAI);
    assertThat(grouped.indicator()).isEqualTo(EngineDriver.RECORDS);
    assertThat(grouped.firing())
        .hasSize(40)
        .extracting(NotifiedAlert::state)
        .containsOnly("firing");
    assertThat(grouped.stillFiring()).isEqualTo(40);

    engine.pass(Duration.ofMinutes(20));
    assertThat(engine.notifications()).hasSize(1);
  }

  @Test
  void anAlertThatResolvesWhilePendingSendsNothing() {
    engine =
        EngineDriver.giaLai(
            RULES, routes(receiver("gia-lai", BuiltInUnits.GIA_LAI)), SilenceCheck.none());
    engine.send(AN_LAO, 20.0);
    engine.pass(Duration.ofMinutes(2));
    engine.send(AN_LAO, 95.0);
    engine.pass(Duration.ofMinutes(15));

    assertThat(engine.latest(behind(AN_LAO)).history())
        .extracting(AlertChange::action)
        .containsExactly("pending", "resolved");
    assertThat(engine.notifications()).isEmpty();
  }

  @Test
  void aFiringAlertSendsOneNoticeWhenItFiresAndOneWhenItResolves() {
    engine =
        EngineDriver.giaLai(
            RULES, routes(receiver("gia-lai", BuiltInUnits.GIA_LAI)), SilenceCheck.none());
    engine.send(AN_LAO, 20.0);
    engine.pass(PENDING.plus(GROUP_WAIT).plusSeconds(1));
    engine.send(AN_LAO, 95.0);
    engine.pass(Duration.ofMinutes(20));

    List<Notification> sent = engine.notifications();
    assertThat(sent)
        .extracting(Notification::kind)
        .containsExactly(NotificationKind.ALERTS, NotificationKind.ALERTS);
    assertThat(sent.get(0).firing()).extracting(NotifiedAlert::unit).containsExactly(AN_LAO);
    assertThat(sent.get(0).resolved()).isEmpty();
    assertThat(sent.get(1).firing()).isEmpty();
    assertThat(sent.get(1).resolved()).extracting(NotifiedAlert::state).containsExactly("resolved");
    assertThat(sent.get(1).stillFiring()).isZero();
    assertThat(sent.get(0).id()).isNotEqualTo(sent.get(1).id());
  }

  @Test
  void onlyTheUnacknowledgedAlertIsSentAgainAfterTheRepeatInterval() {
    engine =
        EngineDriver.giaLai(
            RULES, routes(receiver("gia-lai", BuiltInUnits.GIA_LAI)), SilenceCheck.none());
    engine.send(AN_LAO, 20.0);
    engine.send(QUY_NHON, 21.0);
    engine.pass(PENDING.plus(GROUP_WAIT).plusSeconds(1));
    assertThat(engine.notifications())
        .singleElement()
        .satisfies(first -> assertThat(first.firing()).hasSize(2));
    engine.command(
        new AlertCommand(
            behind(QUY_NHON),
            AlertCommand.ACK,
            "key:operator",
            "đang xử lý",
            null,
            engine.clock.instant()));

    engine.pass(Duration.ofMinutes(61));

    List<Notification> sent = engine.notifications();
    assertThat(sent).hasSize(2);
    assertThat(sent.get(1).kind()).isEqualTo(NotificationKind.REPEAT);
    assertThat(sent.get(1).firing()).extracting(NotifiedAlert::unit).containsExactly(AN_LAO);
  }

  @Test
  void anAlertNobodyAcknowledgesIsEscalatedToTheReceiversOfTheLevelAbove() {
    engine =
        EngineDriver.giaLai(
            RULES,
            routes(
                receiver("an-lao", AN_LAO),
                receiver("quy-nhon", QUY_NHON),
                receiver("gia-lai", BuiltInUnits.GIA_LAI)),
            SilenceCheck.none());
    engine.send(AN_LAO, 20.0);
    engine.send(QUY_NHON, 21.0);
    engine.pass(PENDING.plus(GROUP_WAIT).plusSeconds(1));
    assertThat(engine.notifications())
        .extracting(Notification::receiver)
        .containsExactlyInAnyOrder("an-lao", "quy-nhon");
    engine.command(
        new AlertCommand(
            behind(QUY_NHON),
            AlertCommand.ACK,
            "key:operator",
            null,
            null,
            engine.clock.instant()));

    engine.pass(Duration.ofHours(2));

    List<Notification> escalations =
        engine.notifications().stream()
            .filter(n -> n.kind() == NotificationKind.ESCALATION)
            .toList();
    assertThat(escalations)
        .singleElement()
        .satisfies(
            escalation -> {
              assertThat(escalation.receiver()).isEqualTo("gia-lai");
              assertThat(escalation.level()).isEqualTo(1);
              assertThat(escalation.firing())
                  .extracting(NotifiedAlert::unit)
                  .containsExactly(AN_LAO);
            });
    Alert escalated = engine.latest(behind(AN_LAO));
    assertThat(escalated.handling().escalations()).isEqualTo(1);
    assertThat(escalated.history()).extracting(AlertChange::action).contains("escalated");
    assertThat(engine.latest(behind(QUY_NHON)).handling().escalations()).isZero();
  }

  @Test
  void aSilenceOverTheProvinceRecordsTheAlertButSendsNothing() {
    Silence silence =
        silence(new SilenceMatchers(BuiltInUnits.GIA_LAI, null, null, null), List.of());
    engine =
        EngineDriver.giaLai(
            RULES, routes(receiver("gia-lai", BuiltInUnits.GIA_LAI)), check(silence));
    engine.send(AN_LAO, 20.0);
    engine.pass(PENDING.plus(Duration.ofMinutes(10)));

    Alert alert = engine.latest(behind(AN_LAO));
    assertThat(alert.state()).isEqualTo(AlertState.FIRING);
    assertThat(alert.handling().silencedBy()).containsExactly(silence.id());
    assertThat(engine.notifications()).isEmpty();
  }

  @Test
  void aRecurringSilenceHoldsOnlyInsideItsWindow() {
    // Monday 09:00–11:00 in Vietnam; the test starts at 10:00 on a Monday.
    Silence silence =
        silence(
            new SilenceMatchers(AN_LAO, EngineDriver.RECORDS, null, null),
            List.of(
                new SilenceWindow(
                    List.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), LocalTime.of(11, 0))));
    engine =
        EngineDriver.giaLai(
            RULES, routes(receiver("gia-lai", BuiltInUnits.GIA_LAI)), check(silence));
    engine.send(AN_LAO, 20.0);
    engine.pass(Duration.ofMinutes(50));
    assertThat(engine.latest(behind(AN_LAO)).handling().silencedBy()).containsExactly(silence.id());
    assertThat(engine.notifications()).isEmpty();

    engine.pass(Duration.ofMinutes(10).plus(GROUP_WAIT).plusSeconds(1));
    assertThat(engine.latest(behind(AN_LAO)).handling().silencedBy()).isEmpty();
    assertThat(engine.notifications())
        .singleElement()
        .satisfies(
            sent ->
                assertThat(sent.firing()).extracting(NotifiedAlert::unit).containsExactly(AN_LAO));
  }

  @Test
  void aProvinceAlertCarriesItsCommunesInsteadOfThemBeingSentOneByOne() {
    engine =
        EngineDriver.giaLai(
            RULES, routes(receiver("gia-lai", BuiltInUnits.GIA_LAI)), SilenceCheck.none());
    engine.send(BuiltInUnits.GIA_LAI, 20.0);
    engine.send(AN_LAO, 20.0);
    engine.send(QUY_NHON, 21.0);
    engine.pass(PENDING.plus(GROUP_WAIT).plusSeconds(1));

    assertThat(engine.notifications())
        .singleElement()
        .satisfies(
            sent -> {
              assertThat(sent.firing())
                  .extracting(NotifiedAlert::unit)
                  .containsExactly(BuiltInUnits.GIA_LAI);
              assertThat(sent.firing().get(0).covers())
                  .extracting(NotifiedAlert.CoveredUnit::unit)
                  .containsExactly(QUY_NHON, AN_LAO);
            });
  }

  @Test
  void eachReceiverGetsOneDigestADayAtTheDigestTime() {
    engine =
        new EngineDriver(
            RULES,
            BuiltInUnits.giaLai(),
            routes(receiver("gia-lai", BuiltInUnits.GIA_LAI)),
            SilenceCheck.none(),
            Instant.parse("2026-11-23T00:20:00Z"));
    engine.send(AN_LAO, 20.0);
    engine.pass(PENDING.plus(GROUP_WAIT).plusSeconds(1));
    assertThat(engine.notifications())
        .extracting(Notification::kind)
        .containsExactly(NotificationKind.ALERTS);

    // 07:30 in Vietnam is 00:30 UTC
    engine.pass(Duration.ofMinutes(5));
    List<Notification> sent = engine.notifications();
    assertThat(sent)
        .extracting(Notification::kind)
        .containsExactly(NotificationKind.ALERTS, NotificationKind.DIGEST);
    Notification digest = sent.get(1);
    assertThat(digest.receiver()).isEqualTo("gia-lai");
    assertThat(digest.firing()).extracting(NotifiedAlert::unit).containsExactly(AN_LAO);
    assertThat(digest.id()).isEqualTo(Notification.idOf("digest", "gia-lai", "2026-11-23"));

    engine.pass(Duration.ofMinutes(50));
    assertThat(engine.notifications())
        .filteredOn(n -> n.kind() == NotificationKind.DIGEST)
        .hasSize(1);
  }

  private static String behind(String unit) {
    return Alert.idOf("behind-trajectory", unit, EngineDriver.RECORDS, "binh-dinh-nq-05-nq-tu");
  }

  private static Receiver receiver(String id, String unit) {
    return new Receiver(
        id,
        unit,
        "Người nhận " + id,
        new WebhookTarget("http://localhost:1/hook", "0123456789abcdef"),
        List.of());
  }

  private static java.util.function.Supplier<Routes> routes(Receiver... receivers) {
    Routes routes = new Routes(ROUTING, List.of(receivers));
    return () -> routes;
  }

  private static Silence silence(SilenceMatchers matchers, List<SilenceWindow> windows) {
    Instant start = Instant.parse("2026-11-01T00:00:00Z");
    return new Silence(
        "s-test",
        matchers,
        start,
        windows.isEmpty() ? start.plus(Duration.ofDays(60)) : null,
        windows,
        "bảo trì",
        "key:operator",
        start,
        null,
        null);
  }

  private static SilenceCheck check(Silence silence) {
    return (alert, at) -> silence.silences(alert, at) ? List.of(silence.id()) : List.of();
  }
}
