package vn.dxmonitor.dashboard.console;

import java.time.Instant;
import java.util.Locale;
import vn.dxmonitor.dashboard.page.AlertItems;
import vn.dxmonitor.dashboard.page.Numbers;
import vn.dxmonitor.dashboard.page.PageContext;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertChange;
import vn.dxmonitor.model.alert.Comment;
import vn.dxmonitor.model.scorecard.ScorecardSource;
import vn.dxmonitor.model.unit.Unit;

/** Builds the console's views of alerts in the reader's language. */
final class AlertViews {

  private final PageContext page;
  private final AlertItems items;

  AlertViews(PageContext page, ScorecardSource scorecards, Instant now) {
    this.page = page;
    this.items = new AlertItems(page.catalog(), page.units(), page.text(), scorecards, now);
  }

  AlertLine line(Alert alert) {
    Locale locale = page.text().locale();
    String state = alert.state().name().toLowerCase(Locale.ROOT);
    return new AlertLine(
        alert.id(),
        alert.where().unit(),
        alert.where().unitName() != null
            ? alert.where().unitName()
            : page.units().find(alert.where().unit()).map(Unit::name).orElse(alert.where().unit()),
        items.subjectName(alert),
        state,
        page.text().get("console.state." + state),
        alert.severity(),
        Numbers.format(alert.figures().value(), locale),
        Numbers.format(alert.figures().expected(), locale),
        AlertItems.time(
            alert.timeline().startsAt() != null
                ? alert.timeline().startsAt()
                : alert.timeline().updatedAt()),
        alert.handling().acknowledged() == null ? "" : alert.handling().acknowledged().by(),
        alert.handling().assignee() == null ? "" : alert.handling().assignee(),
        !alert.handling().silencedBy().isEmpty());
  }

  AlertDetail detail(Alert alert) {
    Locale locale = page.text().locale();
    return new AlertDetail(
        line(alert),
        alert.what().summary() == null ? "" : alert.what().summary(),
        alert.what().reason() == null ? "" : alert.what().reason(),
        Numbers.format(alert.figures().target(), locale),
        alert.figures().deadline() == null ? "" : alert.figures().deadline().toString(),
        page.catalog().plan(alert.what().planId()).map(plan -> plan.name()).orElse(""),
        alert.history().stream().map(this::entry).toList(),
        alert.handling().comments().stream().map(AlertViews::entry).toList(),
        alert.handling().silencedBy(),
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
