package vn.dxmonitor.dashboard.submission;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.dxmonitor.dashboard.admin.InvalidRequestException;
import vn.dxmonitor.dashboard.api.ApiException;
import vn.dxmonitor.dashboard.page.PageContext;
import vn.dxmonitor.dashboard.page.PageContexts;
import vn.dxmonitor.dashboard.page.PageText;
import vn.dxmonitor.dashboard.security.Viewers;
import vn.dxmonitor.model.calendar.ReportingCadence;
import vn.dxmonitor.model.submission.EnteredFigure;
import vn.dxmonitor.model.submission.Submission;
import vn.dxmonitor.model.submission.SubmissionRefusedException;
import vn.dxmonitor.model.submission.SubmissionState;
import vn.dxmonitor.model.submission.SubmissionStep;
import vn.dxmonitor.runtime.access.Action;

/**
 * The reporters' form: the figures a unit owes for a period, each with its target, deadline, unit
 * of measure and last period's figure, to enter with a note and a link to the evidence, save as a
 * draft and send for verification. Plain HTML forms, so it works without scripts.
 */
@Controller
public class ReportingFormPage {

  static final String DONE = "submitDone";
  static final String REFUSED = "submitRefused";
  static final String BULK = "bulkOutcome";

  private final PageContexts contexts;
  private final SubmissionDesk desk;
  private final EvidenceDesk evidence;
  private final BulkEntry bulk;

  public ReportingFormPage(
      PageContexts contexts, SubmissionDesk desk, EvidenceDesk evidence, BulkEntry bulk) {
    this.contexts = contexts;
    this.desk = desk;
    this.evidence = evidence;
    this.bulk = bulk;
  }

  /**
   * @param period the reporting period; this quarter when absent
   */
  @GetMapping("/reporting/form")
  public String form(
      @RequestParam(name = "unit", required = false) String unit,
      @RequestParam(name = "period", required = false) String period,
      @RequestParam(name = "lang", required = false) String lang,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    PageContext page = contexts.open(unit, lang, request, response);
    String shown =
        period == null || period.isBlank()
            ? ReportingCadence.QUARTERLY.periodOf(page.today()).id()
            : period.strip();
    SubmissionForm form = desk.form(Viewers.require(), page.root().code(), shown);
    PageText text = page.text();
    model.addAttribute("text", text);
    model.addAttribute("root", page.root());
    model.addAttribute("form", form);
    model.addAttribute("rows", form.lines().stream().map(line -> row(line, text)).toList());
    model.addAttribute("periods", periods(page.today()));
    return "dashboard/reporting-form";
  }

  @PostMapping("/reporting/form/save")
  public String save(
      @RequestParam(name = "unit", required = false) String unit,
      @RequestParam(name = "indicator", required = false) String indicator,
      @RequestParam(name = "period", required = false) String period,
      @RequestParam(name = "version", required = false) Integer version,
      @RequestParam(name = "numerator", required = false) String numerator,
      @RequestParam(name = "denominator", required = false) String denominator,
      @RequestParam(name = "value", required = false) String value,
      @RequestParam(name = "count", required = false) String count,
      @RequestParam(name = "compliant", required = false) String compliant,
      @RequestParam(name = "note", required = false) String note,
      @RequestParam(name = "evidence", required = false) String evidence,
      @RequestParam(name = "evidenceFile", required = false) MultipartFile evidenceFile,
      RedirectAttributes flash) {
    return act(
        unit,
        period,
        flash,
        () -> {
          // A file chosen is kept first, and its link becomes the figure's evidence.
          String link =
              evidenceFile == null || evidenceFile.isEmpty()
                  ? evidence
                  : this.evidence
                      .upload(
                          Viewers.require(),
                          unit,
                          indicator,
                          period,
                          evidenceFile.getOriginalFilename(),
                          bytes(evidenceFile))
                      .link();
          desk.save(
              Viewers.require(),
              unit,
              indicator,
              period,
              new FigureRequest(
                  version,
                  FormNumbers.whole("numerator", numerator),
                  FormNumbers.whole("denominator", denominator),
                  FormNumbers.decimal("value", value),
                  FormNumbers.whole("count", count),
                  compliant == null || compliant.isBlank() ? null : Boolean.valueOf(compliant),
                  note,
                  link));
          flash.addFlashAttribute(DONE, "submit.done.saved");
        });
  }

  /** Drafts from a CSV file or an Excel workbook, as {@code POST /api/v1/submissions/bulk}. */
  @PostMapping("/reporting/form/bulk")
  public String bulk(
      @RequestParam(name = "unit", required = false) String unit,
      @RequestParam(name = "period", required = false) String period,
      @RequestParam(name = "file", required = false) MultipartFile file,
      RedirectAttributes flash) {
    return act(
        unit,
        period,
        flash,
        () -> {
          if (file == null || file.isEmpty()) {
            throw InvalidRequestException.of("file", "choose a CSV or Excel (.xlsx) file");
          }
          flash.addFlashAttribute(BULK, bulk.save(Viewers.require(), period, bytes(file)));
        });
  }

  @PostMapping("/reporting/form/submit")
  public String submit(
      @RequestParam(name = "unit", required = false) String unit,
      @RequestParam(name = "indicator", required = false) String indicator,
      @RequestParam(name = "period", required = false) String period,
      @RequestParam(name = "version", required = false) Integer version,
      RedirectAttributes flash) {
    return act(
        unit,
        period,
        flash,
        () -> {
          desk.step(
              Viewers.require(), "submit", unit, indicator, period, new StepRequest(version, null));
          flash.addFlashAttribute(DONE, "submit.done.submitted");
        });
  }

  /**
   * Takes a reporter's action and goes back to the form, with what the action says (it flashes that
   * itself) or why it was refused.
   */
  private static String act(String unit, String period, RedirectAttributes flash, Runnable step) {
    SubmissionAccess.require(Viewers.require(), Action.SUBMIT_FIGURES);
    try {
      if (unit == null || period == null) {
        throw InvalidRequestException.of("unit", "the form names no unit or period");
      }
      step.run();
    } catch (SubmissionRefusedException
        | InvalidRequestException
        | ApiException
        | NotPermittedException e) {
      flash.addFlashAttribute(REFUSED, e.getMessage());
    }
    return "redirect:"
        + UriComponentsBuilder.fromPath("/reporting/form")
            .queryParam("unit", unit)
            .queryParam("period", period)
            .encode()
            .toUriString();
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw InvalidRequestException.of("file", "could not be read: " + e.getMessage());
    }
  }

  /** This quarter and the three before it, then this year and last: what a reporter works on. */
  static List<String> periods(LocalDate today) {
    var quarter = ReportingCadence.QUARTERLY.periodOf(today);
    var year = ReportingCadence.YEARLY.periodOf(today);
    return List.of(
        quarter.id(),
        quarter.previous().id(),
        quarter.previous().previous().id(),
        quarter.previous().previous().previous().id(),
        year.id(),
        year.previous().id(),
        ReportingCadence.HALF_YEARLY.periodOf(today).id(),
        ReportingCadence.MONTHLY.periodOf(today).id());
  }

  private static FormRow row(FormLine line, PageText text) {
    Optional<Submission> submission = Optional.ofNullable(line.submission());
    SubmissionState state = submission.map(Submission::state).orElse(null);
    EnteredFigure figure = submission.map(Submission::figure).orElse(null);
    String comment =
        submission
            .filter(s -> s.state() == SubmissionState.RETURNED)
            .flatMap(s -> s.steps().stream().reduce((first, second) -> second))
            .map(SubmissionStep::comment)
            .orElse(null);
    return new FormRow(
        line.indicator(),
        text.language().equals("en") ? line.nameEn() : line.nameVi(),
        "percent".equals(line.unitOfMeasure()) ? "%" : line.unitOfMeasure(),
        line.kind(),
        line.deadline().toString(),
        line.target() == null ? "—" : text.format("submit.number", line.target()),
        FigureText.of(line.lastPeriod(), text),
        state == null ? "NEW" : state.name(),
        submission.map(Submission::version).orElse(0),
        figure == null || figure.numerator() == null ? "" : figure.numerator().toString(),
        figure == null || figure.denominator() == null ? "" : figure.denominator().toString(),
        figure == null || figure.value() == null ? "" : text.format("submit.input", figure.value()),
        figure == null || figure.count() == null ? "" : figure.count().toString(),
        figure == null ? null : figure.compliant(),
        submission.map(Submission::note).orElse(""),
        submission.map(Submission::evidence).orElse(""),
        FigureText.of(submission.map(Submission::published).orElse(null), text),
        state != SubmissionState.SUBMITTED,
        state == SubmissionState.DRAFT || state == SubmissionState.RETURNED,
        comment);
  }
}
