package vn.dxmonitor.model.scorecard;

import java.time.Instant;
import java.util.Optional;

/**
 * What an alert on a score is about, written where a value's alert names its indicator: a
 * scorecard's total ({@code 766}) or one of its groups ({@code 766/progress}). A province's alert
 * on a group then stands for its communes' alerts on the same group, and receivers, silences and
 * rule settings can name either.
 *
 * @param group the group's id; null for the total
 */
public record ScorePart(String scorecard, String group) {

  private static final String SEPARATOR = "/";

  public static ScorePart total(Scorecard card) {
    return new ScorePart(card.id(), null);
  }

  public static ScorePart of(Scorecard card, ScoreGroup group) {
    return new ScorePart(card.id(), group.id());
  }

  public String id() {
    return group == null ? scorecard : scorecard + SEPARATOR + group;
  }

  /**
   * Whether a matcher's indicator (a rule entry's, a silence's) selects what an alert is about: the
   * same indicator or part, or a scorecard's id, which selects each of its parts.
   */
  public static boolean selects(String matcher, String indicator) {
    return matcher.equals(indicator) || indicator.startsWith(matcher + SEPARATOR);
  }

  /** The scorecard a part's id belongs to: {@code 766} for {@code 766/progress}. */
  public static String cardOf(String partId) {
    int slash = partId.indexOf(SEPARATOR);
    return slash < 0 ? partId : partId.substring(0, slash);
  }

  /**
   * The part an alert's indicator names, if the scorecards in force have it: its card and, for a
   * group, the group; empty for an indicator of the catalog or a part no longer scored.
   */
  public static Optional<Named> find(String indicator, ScorecardSource cards, Instant at) {
    int slash = indicator.indexOf(SEPARATOR);
    String cardId = cardOf(indicator);
    String groupId = slash < 0 ? null : indicator.substring(slash + 1);
    return cards
        .find(cardId, at)
        .flatMap(
            card -> {
              if (groupId == null) {
                return Optional.of(new Named(card, null));
              }
              return card.groups().stream()
                  .filter(group -> group.id().equals(groupId))
                  .findFirst()
                  .map(group -> new Named(card, group));
            });
  }

  /** A part with its scorecard and group, for their names. */
  public record Named(Scorecard card, ScoreGroup group) {

    public String nameVi() {
      return group == null ? card.nameVi() : card.nameVi() + " — " + group.nameVi();
    }

    public String nameEn() {
      return group == null ? card.nameEn() : card.nameEn() + " — " + group.nameEn();
    }
  }
}
