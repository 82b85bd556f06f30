package vn.dxmonitor.dashboard.report;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import vn.dxmonitor.dashboard.page.PageContext;
import vn.dxmonitor.dashboard.page.PageContexts;
import vn.dxmonitor.dashboard.security.UnitScope;
import vn.dxmonitor.dashboard.security.Viewers;
import vn.dxmonitor.model.catalog.Plan;

/** The review report of a plan for a province on a day, as a printable PDF and as CSV. */
@Controller
public class ReviewReportController {

  private final PageContexts contexts;
  private final ReviewReports reports;
  private final TemplateEngine templates;
  private final PdfRenderer pdf;
  private final UnitScope scope;

  public ReviewReportController(
      PageContexts contexts,
      ReviewReports reports,
      TemplateEngine templates,
      PdfRenderer pdf,
      UnitScope scope) {
    this.scope = scope;
    this.contexts = contexts;
    this.reports = reports;
    this.templates = templates;
    this.pdf = pdf;
  }

  /**
   * @param plan the plan reviewed
   * @param parent the province; the registry's first when absent
   * @param asOf the review's day, {@code 2025-12-31}; today when absent
   */
  @GetMapping("/reports/review.pdf")
  public ResponseEntity<byte[]> pdf(
      ReviewQuery query, HttpServletRequest request, HttpServletResponse response) {
    PageContext page = contexts.open(query.parent(), query.lang(), query.asOf(), request, response);
    ReviewReport report = reports.build(page, plan(page, query.plan(), scope));
    Context context = new Context(page.text().locale());
    context.setVariable("text", page.text());
    context.setVariable("report", report);
    byte[] body = pdf.render(templates.process("dashboard/report", context));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition("inline", report, "pdf"))
        .body(body);
  }

  @GetMapping("/reports/review.csv")
  public ResponseEntity<byte[]> csv(
      ReviewQuery query, HttpServletRequest request, HttpServletResponse response) {
    PageContext page = contexts.open(query.parent(), query.lang(), query.asOf(), request, response);
    ReviewReport report = reports.build(page, plan(page, query.plan(), scope));
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition("attachment", report, "csv"))
        .body(ReviewCsv.of(report).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A review's query parameters, bound by name: {@code plan}, {@code parent}, {@code asOf}, {@code
   * lang}, each optional here and judged where it is used.
   */
  public record ReviewQuery(String plan, String parent, String asOf, String lang) {}

  /** The plan asked for; one that does not concern the viewer is answered as one that is not. */
  private static Plan plan(PageContext page, String id, UnitScope scope) {
    if (id == null || id.isBlank()) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "query parameter 'plan' is required: the plan to review");
    }
    return page.catalog()
        .plan(id.strip())
        .filter(found -> scope.concernsPlan(Viewers.require(), found.issuedFor()))
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    "query parameter 'plan' must be a plan id of the catalog on "
                        + page.day()
                        + ", but was '"
                        + id
                        + "'"));
  }

  private static String disposition(String type, ReviewReport report, String extension) {
    return ContentDisposition.builder(type)
        .filename(
            "review-"
                + report.planId()
                + "-"
                + report.provinceCode()
                + "-"
                + report.dayIso()
                + "."
                + extension)
        .build()
        .toString();
  }
}
