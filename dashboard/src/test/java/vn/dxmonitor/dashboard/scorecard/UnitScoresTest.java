package vn.dxmonitor.dashboard.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.dashboard.api.ApiException;
import vn.dxmonitor.dashboard.api.ErrorCode;
import vn.dxmonitor.dashboard.status.ValueTable;
import vn.dxmonitor.dashboard.status.ValuesAt;
import vn.dxmonitor.model.catalog.BuiltInCatalog;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.scorecard.ScoreGroup;
import vn.dxmonitor.model.scorecard.ScoreItem;
import vn.dxmonitor.model.scorecard.ScoreWindow;
import vn.dxmonitor.model.scorecard.Scorecard;
import vn.dxmonitor.model.scorecard.ScoringRule;
import vn.dxmonitor.model.scorecard.WhenNoBase;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.unit.UnitLevel;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.model.value.PeriodCounts;

/**
 * A calendar-window scorecard scores a past day from the calendar counts its history kept, and
 * refuses, naming {@code asOf}, a day whose history kept none rather than scoring them as no base.
 */
class UnitScoresTest {

  private static final String QUY_NHON = "21583";
  private static final String RECORDS = BuiltInCatalog.WORK_RECORDS_ONLINE;
  private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
  private static final LocalDate PAST_DAY = LocalDate.of(2026, 5, 14);

  private final CatalogSource source =
      CatalogSource.fixed(BuiltInCatalog.create(), UnitHistory.timeless(BuiltInUnits.giaLai()));

  @Test
  void aPastDayIsScoredOnItsMonthsCounts() {
    IndicatorValue kept =
        value(
            new IndicatorValue.YearToDate(
                2026,
                300,
                500,
                60.0,
                new PeriodCounts(LocalDate.of(2026, 5, 1), 9, 12),
                new PeriodCounts(LocalDate.of(2026, 4, 1), 45, 50)));

    UnitScores scores = new UnitScores(valuesAlways(kept), source);

    // 9/12 = 75 %, linear to 100 % over 10 points
    assertThat(scores.score(card(ScoreWindow.MONTH), List.of(QUY_NHON), PAST_DAY, TODAY))
        .singleElement()
        .satisfies(score -> assertThat(score.points()).isEqualTo(7.5));
    // 45/50 = 90 %
    assertThat(scores.score(card(ScoreWindow.QUARTER), List.of(QUY_NHON), PAST_DAY, TODAY))
        .singleElement()
        .satisfies(score -> assertThat(score.points()).isEqualTo(9.0));
  }

  @Test
  void aPastDayWhoseHistoryKeptNoCalendarCountsIsRefusedNamingAsOf() {
    IndicatorValue notKept = value(new IndicatorValue.YearToDate(2026, 0, 0, null));
    UnitScores scores = new UnitScores(valuesAlways(notKept), source);

    for (ScoreWindow window :
        List.of(ScoreWindow.MONTH, ScoreWindow.QUARTER, ScoreWindow.YEAR_TO_DATE)) {
      assertThatThrownBy(() -> scores.score(card(window), List.of(QUY_NHON), PAST_DAY, TODAY))
          .isInstanceOfSatisfying(
              ApiException.class,
              e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMETER);
                assertThat(e.parameter()).isEqualTo("asOf");
                assertThat(e.getMessage()).contains("keeps no calendar counts");
              });
    }
    // The trailing window is in every point
    assertThat(scores.score(card(ScoreWindow.TRAILING), List.of(QUY_NHON), PAST_DAY, TODAY))
        .singleElement()
        .satisfies(score -> assertThat(score.points()).isEqualTo(7.0));
  }

  private static Scorecard card(ScoreWindow window) {
    return new Scorecard(
        "card",
        "Thẻ",
        "Card",
        "test",
        window,
        10,
        Set.of(UnitLevel.COMMUNE),
        List.of(
            new ScoreGroup(
                "g",
                "g",
                "g",
                List.of(
                    new ScoreItem(
                        "records",
                        "records",
                        "records",
                        RECORDS,
                        10,
                        new ScoringRule.Linear(100),
                        WhenNoBase.FULL_POINTS,
                        null)))));
  }

  private static IndicatorValue value(IndicatorValue.YearToDate yearToDate) {
    return new IndicatorValue(
        new IndicatorValue.Where(QUY_NHON, "Phường Quy Nhơn", "commune", "52"),
        RECORDS,
        "ratio-of-counts",
        new IndicatorValue.Window(30, 7, 10, 70.0),
        yearToDate,
        new IndicatorValue.Activity(0, null, null),
        IndicatorValue.Standing.NONE,
        IndicatorValue.PeriodToDate.NONE,
        IndicatorValue.Children.NONE,
        Instant.parse("2026-05-14T16:59:59.999Z"));
  }

  /** The values as of any day: here the one value, as the history rebuilt it. */
  private static ValuesAt valuesAlways(IndicatorValue value) {
    return new ValuesAt(null, null) {
      @Override
      public ValueTable read(
          Collection<String> units, Collection<String> indicators, LocalDate day, LocalDate t) {
        return ValueTable.of(List.of(value));
      }
    };
  }
}
