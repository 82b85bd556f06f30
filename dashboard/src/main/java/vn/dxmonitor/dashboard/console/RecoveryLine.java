package vn.dxmonitor.dashboard.console;

/** One recovery as the console lists it. */
public record RecoveryLine(String time, String service, String action, String detail) {}
