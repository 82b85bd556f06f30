package vn.dxmonitor.dashboard.drilldown;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.dxmonitor.dashboard.page.PageContext;
import vn.dxmonitor.dashboard.search.SearchUnavailableException;
import vn.dxmonitor.dashboard.status.TargetStatus;
import vn.dxmonitor.dashboard.status.UnitJudgements;
import vn.dxmonitor.dashboard.status.ValueTable;
import vn.dxmonitor.dashboard.status.ValuesAt;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.status.StatusJudge;
import vn.dxmonitor.model.unit.Unit;

/**
 * Every unit of a subtree judged on the page's day: values read as they stood then, statuses
 * computed from them. When the search cannot be read the units stand without data and the page says
 * so.
 */
@Component
class SubtreeReadings {

  private static final Logger log = LoggerFactory.getLogger(SubtreeReadings.class);

  private final ValuesAt values;
  private final StatusJudge judge;

  SubtreeReadings(ValuesAt values, StatusJudge judge) {
    this.values = values;
    this.judge = judge;
  }

  /**
   * @param values the values as read, empty when the search failed
   * @param standings each unit's standings, in the order given
   */
  record Judged(ValueTable values, Map<String, List<TargetStatus>> standings, boolean failed) {}

  Judged read(PageContext page, List<Unit> units) {
    ValueTable table;
    boolean failed = false;
    try {
      table =
          values.read(
              units.stream().map(Unit::code).toList(),
              page.catalog().indicators().stream().map(Indicator::id).toList(),
              page.day(),
              page.today());
    } catch (SearchUnavailableException e) {
      log.warn("Units under {} shown without values: {}", page.root().code(), e.getMessage());
      table = ValueTable.of(List.of());
      failed = true;
    }
    Map<String, List<TargetStatus>> standings =
        new UnitJudgements(page.catalog(), page.history(), judge, page.day()).judge(units, table);
    return new Judged(table, standings, failed);
  }
}
