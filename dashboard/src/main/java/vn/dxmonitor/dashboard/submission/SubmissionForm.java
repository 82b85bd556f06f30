package vn.dxmonitor.dashboard.submission;

import java.util.List;

/** Everything a unit owes for one reporting period, a line per figure. */
public record SubmissionForm(
    String unit,
    String unitName,
    String period,
    String periodVi,
    String periodEn,
    List<FormLine> lines) {}
