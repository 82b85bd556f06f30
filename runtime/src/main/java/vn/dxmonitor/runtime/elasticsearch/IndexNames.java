package vn.dxmonitor.runtime.elasticsearch;

/** The names of the platform's indices, with the deployment's prefix applied. */
public record IndexNames(String prefix) {

  public String indicators() {
    return prefix + "dx-indicators";
  }

  /** The monthly indices of daily points share this start: {@code dx-indicator-history-2026.11}. */
  public String historyPrefix() {
    return prefix + "dx-indicator-history-";
  }

  public String history(java.time.LocalDate day) {
    return historyPrefix()
        + day.getYear()
        + "."
        + (day.getMonthValue() < 10 ? "0" : "")
        + day.getMonthValue();
  }

  /** The revision log: one document per revision or retraction of an event. */
  public String revisions() {
    return prefix + "dx-revisions";
  }

  public String alerts() {
    return prefix + "dx-alerts";
  }

  /** Emulation rankings frozen at review dates, one document each; written once, never changed. */
  public String rankingFreezes() {
    return prefix + "dx-ranking-freezes";
  }

  /** The files reporters upload as the evidence of their figures, one document each. */
  public String evidence() {
    return prefix + "dx-evidence";
  }
}
