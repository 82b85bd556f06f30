package vn.dxmonitor.dashboard.ranking;

import java.util.Locale;

/** Where a score falls: xuất sắc, khá, trung bình, yếu. */
public enum Band {
  EXCELLENT,
  GOOD,
  AVERAGE,
  WEAK;

  public static Band of(double score, RankingProperties rules) {
    if (score >= rules.excellent()) {
      return EXCELLENT;
    }
    if (score >= rules.good()) {
      return GOOD;
    }
    return score >= rules.average() ? AVERAGE : WEAK;
  }

  /** {@code excellent}, as the API writes it. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
