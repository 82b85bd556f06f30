package vn.dxmonitor.alerting.deliver;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.dxmonitor.alerting.notify.Notification;
import vn.dxmonitor.alerting.notify.NotificationKind;
import vn.dxmonitor.alerting.notify.NotifiedAlert;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.scorecard.ScorePart;
import vn.dxmonitor.model.scorecard.ScorecardSource;
import vn.dxmonitor.model.time.VietnamTime;

/** A notification as people read it, in Vietnamese: the e-mail's subject and body. */
public final class NotificationText {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

  private final CatalogSource catalog;
  private final ScorecardSource scorecards;
  private final Clock clock;

  /**
   * @param scorecards names what a score alert is about ({@code 766/progress}) by its scorecard and
   *     group
   */
  public NotificationText(CatalogSource catalog, ScorecardSource scorecards, Clock clock) {
    this.catalog = catalog;
    this.scorecards = scorecards;
    this.clock = clock;
  }

  public String subject(Notification notification) {
    String indicator = indicatorName(notification.indicator());
    return "[DX Monitor] "
        + switch (notification.kind()) {
          case ALERTS -> alertsHeadline(notification) + " — " + indicator;
          case REPEAT ->
              "Nhắc lại: "
                  + notification.firing().size()
                  + " cảnh báo chưa được xác nhận — "
                  + indicator;
          case ESCALATION ->
              "Chuyển lên cấp trên: "
                  + notification.firing().size()
                  + " cảnh báo chưa ai xác nhận — "
                  + indicator;
          case DIGEST ->
              "Tổng hợp ngày "
                  + DAY.format(LocalDateTime.ofInstant(notification.at(), VietnamTime.ZONE))
                  + ": "
                  + notification.firing().size()
                  + " cảnh báo đang kích hoạt";
          case REMINDER -> "Sắp đến hạn báo cáo: " + indicator + " — " + unitOf(notification);
        };
  }

  public String body(Notification notification) {
    StringBuilder text = new StringBuilder();
    text.append(subject(notification).substring("[DX Monitor] ".length())).append("\n\n");
    if (notification.kind() == NotificationKind.REMINDER) {
      return reminder(text, notification);
    }
    if (notification.kind() == NotificationKind.ESCALATION) {
      text.append("Các cảnh báo dưới đây đã kích hoạt mà đơn vị phụ trách chưa xác nhận; ")
          .append("đây là lần chuyển cấp thứ ")
          .append(notification.level())
          .append(".\n\n");
    }
    section(text, "Đang chậm hoặc có vấn đề:", notification.firing());
    section(text, "Đã trở lại đúng tiến độ:", notification.resolved());
    text.append("Thời điểm: ")
        .append(MOMENT.format(LocalDateTime.ofInstant(notification.at(), VietnamTime.ZONE)))
        .append("\nMã thông báo: ")
        .append(notification.id())
        .append("\n");
    return text.toString();
  }

  private static String reminder(StringBuilder text, Notification notification) {
    NotifiedAlert due = notification.firing().get(0);
    // The summary names the period and its reporting deadline; the alert's deadline is the
    // target's.
    text.append(due.summary() == null ? "" : due.summary()).append("\n\n");
    text.append("Nhập số liệu và gửi thẩm định tại mục «Báo cáo số liệu» của DX Monitor.\n")
        .append("Mã thông báo: ")
        .append(notification.id())
        .append("\n");
    return text.toString();
  }

  private static String unitOf(Notification notification) {
    NotifiedAlert due = notification.firing().get(0);
    return due.unitName() == null ? due.unit() : due.unitName();
  }

  private static String alertsHeadline(Notification notification) {
    int firing = notification.firing().size();
    int resolved = notification.resolved().size();
    if (resolved == 0) {
      return firing + " cảnh báo mới";
    }
    if (firing == 0) {
      return resolved + " cảnh báo đã hết";
    }
    return firing + " cảnh báo mới, " + resolved + " cảnh báo đã hết";
  }

  private static void section(StringBuilder text, String title, List<NotifiedAlert> alerts) {
    if (alerts.isEmpty()) {
      return;
    }
    text.append(title).append("\n");
    for (NotifiedAlert alert : alerts) {
      text.append("• ")
          .append(alert.unitName() == null ? alert.unit() : alert.unitName())
          .append(" (")
          .append(alert.unit())
          .append(", ")
          .append(alert.rule())
          .append(", ")
          .append(alert.severity())
          .append("): ")
          .append(alert.summary() == null ? "" : alert.summary())
          .append("\n");
      if (!alert.covers().isEmpty()) {
        text.append("  kèm ")
            .append(alert.covers().size())
            .append(" đơn vị cấp dưới cùng chỉ tiêu: ");
        text.append(
            String.join(
                ", ",
                alert.covers().stream()
                    .map(unit -> unit.name() == null ? unit.unit() : unit.name())
                    .toList()));
        text.append("\n");
      }
    }
    text.append("\n");
  }

  private String indicatorName(String id) {
    if (id == null) {
      return "mọi chỉ tiêu";
    }
    return catalog
        .catalog()
        .indicator(id)
        .map(Indicator::nameVi)
        .or(() -> ScorePart.find(id, scorecards, clock.instant()).map(ScorePart.Named::nameVi))
        .orElse(id);
  }
}
