package vn.dxmonitor.dashboard.console;

/** One alert as the console lists it, every field already in the reader's language. */
public record AlertLine(
    String id,
    String unit,
    String unitName,
    String indicatorName,
    String state,
    String stateLabel,
    String severity,
    String value,
    String expected,
    String since,
    String acknowledgedBy,
    String assignee,
    boolean silenced) {}
