package vn.dxmonitor.dashboard.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.status.StatusJudge;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitHistory;

/**
 * Judges many units at once on a day: for each, every indicator a plan sets it a target for, and
 * every other indicator it reported, each against its governing target at that day. The statuses
 * are computed here from the values, not read from the documents, so a past day is judged as it
 * stood then.
 */
public final class UnitJudgements {

  private final StatusAssessment assessment;

  public UnitJudgements(Catalog catalog, UnitHistory history, StatusJudge judge, LocalDate day) {
    this.assessment =
        new StatusAssessment(
            catalog, history, judge, new StatusQuery(null, null, AsOfDay.endOf(day), day));
  }

  /** Each unit's standings, in the order given; indicators in catalog order. */
  public Map<String, List<TargetStatus>> judge(Collection<Unit> units, ValueTable values) {
    Map<String, Set<String>> reported =
        values.all().stream()
            .collect(
                Collectors.groupingBy(
                    value -> value.where().unit(),
                    Collectors.mapping(value -> value.indicator(), Collectors.toSet())));
    Map<String, List<TargetStatus>> judged = new LinkedHashMap<>();
    for (Unit unit : units) {
      List<StatusAssessment.Pair> pairs =
          new ArrayList<>(assessment.governing(unit, reported.getOrDefault(unit.code(), Set.of())));
      judged.put(unit.code(), assessment.assess(pairs, values::find));
    }
    return judged;
  }
}
