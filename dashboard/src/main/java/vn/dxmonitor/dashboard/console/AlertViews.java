package vn.dxmonitor.dashboard.console;

import java.util.Locale;
import vn.dxmonitor.dashboard.page.AlertItems;
import vn.dxmonitor.dashboard.page.Numbers;
import vn.dxmonitor.dashboard.page.PageContext;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertChange;
import vn.dxmonitor.model.alert.Comment;
import vn.dxmonitor.model.unit.Unit;

/** Builds the console's views of alerts in the reader's language. */
final class AlertViews {

  private final PageContext page;
  private final AlertItems items;

  AlertViews(PageContext page) {
    this.page = page;
    this.items = new AlertItems(page.catalog(), page.units(), page.text());
  }

  AlertLine line(Alert alert) {
    Locale locale = page.text().locale();
    String state = alert.state().name().toLowerCase(Locale.ROOT);
    return new AlertLine(
        alert.id(),
        alert.unit(),
        alert.unitName() != null
            ? alert.unitName()
            : page.units().find(alert.unit()).map(Unit::name).orElse(alert.unit()),
        page.catalog().indicator(alert.indicator()).map(items::name).orElse(alert.indicator()),
        state,
        page.text().get("console.state." + state),
        alert.severity(),
        Numbers.format(alert.value(), locale),
        Numbers.format(alert.expected(), locale),
        AlertItems.time(alert.startsAt() != null ? alert.startsAt() : alert.updatedAt()),
        alert.acknowledged() == null ? "" : alert.acknowledged().by(),
        alert.assignee() == null ? "" : alert.assignee(),
        !alert.silencedBy().isEmpty());
  }

  AlertDetail detail(Alert alert) {
    Locale locale = page.text().locale();
    return new AlertDetail(
        line(alert),
        alert.summary() == null ? "" : alert.summary(),
        alert.reason() == null ? "" : alert.reason(),
        Numbers.format(alert.target(), locale),
        alert.deadline() == null ? "" : alert.deadline().toString(),
        page.catalog().plan(alert.planId()).map(plan -> plan.name()).orElse(""),
        alert.history().stream().map(this::entry).toList(),
        alert.comments().stream().map(AlertViews::entry).toList(),
        alert.silencedBy(),
        alert.state().isActive(),
        alert.hasAcknowledgement());
  }

  private AlertDetail.Entry entry(AlertChange change) {
    return new AlertDetail.Entry(
        AlertItems.time(change.at()),
        change.by() == null ? "" : change.by(),
        change.action()
            + (change.state() == null
                ? ""
                : " → "
                    + page.text()
                        .get("console.state." + change.state().name().toLowerCase(Locale.ROOT))),
        change.note() == null ? "" : change.note());
  }

  private static AlertDetail.Entry entry(Comment comment) {
    return new AlertDetail.Entry(AlertItems.time(comment.at()), comment.by(), "", comment.text());
  }
}
