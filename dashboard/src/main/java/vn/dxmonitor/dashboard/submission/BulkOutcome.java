package vn.dxmonitor.dashboard.submission;

import java.util.List;

/**
 * What a bulk entry did: how many rows it read, how many it saved as drafts, and each refused row
 * with its number, the field at fault and why. A refused row saves nothing; the others are saved.
 */
public record BulkOutcome(int rows, int saved, List<RowError> errors) {

  /** A refused row: its number as the spreadsheet numbers it, the field, and the reason. */
  public record RowError(int row, String field, String message) {}
}
