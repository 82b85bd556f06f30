package vn.dxmonitor.dashboard.catalog;

import vn.dxmonitor.dashboard.page.AlertItems;
import vn.dxmonitor.dashboard.page.Numbers;
import vn.dxmonitor.dashboard.page.PageContext;
import vn.dxmonitor.model.catalog.Target;

/** A target with the plan's own words it was read from. */
public record TargetRow(
    String id,
    String indicator,
    String level,
    String comparator,
    String value,
    String deadline,
    String quote,
    String section,
    String ambiguity) {

  /**
   * @param names names the indicator in the reader's language
   */
  static TargetRow of(Target target, PageContext page, AlertItems names) {
    return new TargetRow(
        target.id(),
        page.catalog()
            .indicator(target.indicatorId())
            .map(names::name)
            .orElse(target.indicatorId()),
        target.level() == null ? "" : page.text().get("level." + target.level().id()),
        target.comparator().symbol(),
        Numbers.format(target.value(), page.text().locale()),
        target.deadline().toString(),
        target.quote() == null ? "" : target.quote(),
        target.section() == null ? "" : target.section(),
        target.ambiguity() == null ? "" : target.ambiguity());
  }
}
