package vn.dxmonitor.dashboard.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.dxmonitor.dashboard.admin.InvalidRequestException;
import vn.dxmonitor.dashboard.api.ApiException;
import vn.dxmonitor.dashboard.security.Viewer;
import vn.dxmonitor.model.submission.Submission;
import vn.dxmonitor.model.submission.SubmissionRefusedException;
import vn.dxmonitor.runtime.access.Action;
import vn.dxmonitor.runtime.web.FieldError;

/**
 * Many drafts at once, from a CSV file or an {@code .xlsx} workbook with the columns {@code unit},
 * {@code indicator}, the figure's ({@code numerator}, {@code denominator}, {@code value}, {@code
 * count}, {@code compliant}), {@code note} and {@code evidence}. Each row is saved exactly as the
 * form saves one figure — the same checks, the same rights — on top of the figure's current
 * version, and a refused row is reported by its number and field while the others are saved.
 */
public final class BulkEntry {

  /** The largest file taken: 2 MiB, some tens of thousands of rows' worth. */
  public static final int MOST_BYTES = 2 * 1024 * 1024;

  private final SubmissionDesk desk;
  private final SubmissionBook book;

  public BulkEntry(SubmissionDesk desk, SubmissionBook book) {
    this.desk = desk;
    this.book = book;
  }

  public BulkOutcome save(Viewer viewer, String periodId, byte[] body) {
    SubmissionAccess.require(viewer, Action.SUBMIT_FIGURES);
    if (periodId == null || periodId.isBlank()) {
      throw ApiException.missing("period");
    }
    if (body != null && body.length > MOST_BYTES) {
      throw InvalidRequestException.of(
          "body", "must be at most " + MOST_BYTES + " bytes, but was " + body.length);
    }
    List<BulkRows.BulkRow> rows = BulkRows.read(body);
    List<BulkOutcome.RowError> errors = new ArrayList<>();
    int saved = 0;
    for (BulkRows.BulkRow row : rows) {
      try {
        String unit = required(row, "unit");
        String indicator = required(row, "indicator");
        int version =
            book.find(Submission.id(unit, indicator, periodId.strip()))
                .map(Submission::version)
                .orElse(0);
        desk.save(viewer, unit, indicator, periodId.strip(), request(row, version));
        saved++;
      } catch (SubmissionRefusedException e) {
        errors.add(new BulkOutcome.RowError(row.number(), e.field(), e.getMessage()));
      } catch (InvalidRequestException e) {
        for (FieldError error : e.errors()) {
          errors.add(new BulkOutcome.RowError(row.number(), error.field(), error.message()));
        }
      } catch (ApiException e) {
        errors.add(new BulkOutcome.RowError(row.number(), e.parameter(), e.getMessage()));
      } catch (NotPermittedException e) {
        errors.add(new BulkOutcome.RowError(row.number(), "unit", e.getMessage()));
      }
    }
    return new BulkOutcome(rows.size(), saved, List.copyOf(errors));
  }

  private static FigureRequest request(BulkRows.BulkRow row, int version) {
    return new FigureRequest(
        version,
        FormNumbers.whole("numerator", row.get("numerator")),
        FormNumbers.whole("denominator", row.get("denominator")),
        FormNumbers.decimal("value", row.get("value")),
        FormNumbers.whole("count", row.get("count")),
        compliant(row.get("compliant")),
        row.get("note"),
        row.get("evidence"));
  }

  private static Boolean compliant(String text) {
    if (text == null) {
      return null;
    }
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "1", "có", "đạt", "yes" -> true;
      case "false", "0", "không", "chưa đạt", "no" -> false;
      default ->
          throw InvalidRequestException.of(
              "compliant", "must be true or false (có, không), but was '" + text + "'");
    };
  }

  private static String required(BulkRows.BulkRow row, String column) {
    String value = row.get(column);
    if (value == null) {
      throw InvalidRequestException.of(column, "is required in every row");
    }
    return value;
  }
}
