package vn.dxmonitor.dashboard.console;

import java.util.List;

/** One alert with everything an operator reads before acting on it. */
public record AlertDetail(
    AlertLine line,
    String summary,
    String reason,
    String target,
    String deadline,
    String plan,
    List<Entry> history,
    List<Entry> comments,
    List<String> silencedBy,
    boolean active,
    boolean acknowledged) {

  /** A change or a comment: when, who, what. */
  public record Entry(String at, String by, String what, String note) {}
}
