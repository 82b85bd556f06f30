package vn.dxmonitor.dashboard.submission;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dxmonitor.dashboard.admin.RequestBodies;
import vn.dxmonitor.dashboard.api.ApiException;
import vn.dxmonitor.dashboard.security.Viewers;
import vn.dxmonitor.model.submission.Submission;

/**
 * Self-reported figures: a unit's form for a period, the reporter's draft and submit, the
 * verifier's queue, return and accept. Each figure is addressed {@code unit/indicator/period}.
 */
@RestController
public class SubmissionsController {

  private static final String FIGURE = "/api/v1/submissions/{unit}/{indicator}/{period}";

  private final SubmissionDesk desk;
  private final BulkEntry bulk;

  public SubmissionsController(SubmissionDesk desk, BulkEntry bulk) {
    this.desk = desk;
    this.bulk = bulk;
  }

  /**
   * Drafts from a CSV file or an {@code .xlsx} workbook, at most {@value BulkEntry#MOST_BYTES}
   * bytes and {@value BulkRows#MOST_ROWS} rows: every good row saved, every bad one reported.
   *
   * @param period the period every row is for
   */
  @PostMapping("/api/v1/submissions/bulk")
  public BulkOutcome bulk(
      @RequestParam(name = "period", required = false) String period,
      @RequestBody(required = false) byte[] body) {
    return bulk.save(Viewers.require(), period, body);
  }

  @GetMapping("/api/v1/submissions/form")
  public SubmissionForm form(
      @RequestParam(name = "unit", required = false) String unit,
      @RequestParam(name = "period", required = false) String period) {
    return desk.form(Viewers.require(), required("unit", unit), required("period", period));
  }

  @GetMapping("/api/v1/submissions/waiting")
  public List<WaitingFigure> waiting(@RequestParam(name = "unit", required = false) String unit) {
    return desk.waiting(Viewers.require(), unit);
  }

  @PutMapping(FIGURE)
  public Submission save(
      @PathVariable String unit,
      @PathVariable String indicator,
      @PathVariable String period,
      @RequestBody(required = false) byte[] body) {
    return desk.save(
        Viewers.require(), unit, indicator, period, RequestBodies.read(body, FigureRequest.class));
  }

  /**
   * @param step {@code submit} (a reporter's), {@code return} or {@code accept} (a verifier's)
   */
  @PostMapping(FIGURE + "/{step}")
  public Submission step(
      @PathVariable String unit,
      @PathVariable String indicator,
      @PathVariable String period,
      @PathVariable String step,
      @RequestBody(required = false) byte[] body) {
    return desk.step(Viewers.require(), step, unit, indicator, period, step(body));
  }

  private static StepRequest step(byte[] body) {
    return RequestBodies.read(body, StepRequest.class);
  }

  static String required(String parameter, String value) {
    if (value == null || value.isBlank()) {
      throw ApiException.missing(parameter);
    }
    return value.strip();
  }
}
