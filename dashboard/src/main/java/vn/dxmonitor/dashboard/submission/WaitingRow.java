package vn.dxmonitor.dashboard.submission;

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
    int version) {}
