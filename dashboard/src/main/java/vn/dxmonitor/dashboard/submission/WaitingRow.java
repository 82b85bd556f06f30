package vn.dxmonitor.dashboard.submission;

import java.util.List;

/** A submitted figure on the verifiers' page, ready to show. */
public record WaitingRow(
    String unit,
    String unitName,
    String indicator,
    String indicatorName,
    String period,
    String figure,
    String published,
    String note,
    String evidence,
    String submittedBy,
    String submittedAt,
    int version,
    List<FlagText> flags) {

  /** A data-quality flag as the verifier reads it: what kind, in words, and the figures. */
  public record FlagText(String code, String label, String detail) {}
}
