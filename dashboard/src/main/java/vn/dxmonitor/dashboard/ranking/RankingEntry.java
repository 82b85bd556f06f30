package vn.dxmonitor.dashboard.ranking;

/**
 * One unit's place in a ranking, as the API returns it.
 *
 * @param score the composite score, 0–100 (more with an over-achievement cap above 1), one decimal
 * @param band {@code excellent}, {@code good}, {@code average} or {@code weak}
 * @param rankChange places gained since a week earlier (negative: lost)
 * @param rankChangeSinceInterim places gained since the plan's latest interim review; null when it
 *     has held none by the day ranked
 * @param scoreChange the score's change since a week earlier
 */
public record RankingEntry(
    int rank,
    String unit,
    String name,
    double score,
    String band,
    Integer rankChange,
    Integer rankChangeSinceInterim,
    Double scoreChange) {}
