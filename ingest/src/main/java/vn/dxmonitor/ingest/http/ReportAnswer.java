package vn.dxmonitor.ingest.http;

import java.util.List;
import vn.dxmonitor.model.event.Violation;

/** The answer to a report: the totals, and what became of each row, by its line in the file. */
public record ReportAnswer(int accepted, int duplicates, int rejected, List<Line> rows) {

  /**
   * @param outcome {@code accepted}, {@code duplicate} or {@code rejected}
   */
  public record Line(long line, String eventId, String outcome, List<Violation> errors) {}
}
